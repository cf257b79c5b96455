import { contract } from '../../shared/api/routes/report-summary';
import { hungYenProfile } from '../../shared/compliance/profile';
import { fileName, summaryCsv, summaryXlsx, XLSX_TYPE } from '../../shared/history/report-files';
import { FileDownload } from '../../shared/http/contract';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { buildSummary, buildVisitList } from '../../shared/use-cases/reports';
import { divisionDirectory } from '../../shared/wiring/directories';
import { reportSource } from '../../shared/wiring/stores';

const deps = {
  source: reportSource(),
  profile: hungYenProfile,
  divisions: divisionDirectory(),
};

export const handler = httpRoute(functions.reportSummary, contract, async ({ query: q }) => {
  const summary = await buildSummary(q, deps, new Date());
  if (q.format === 'csv') {
    return new FileDownload(summaryCsv(summary), 'text/csv; charset=utf-8', fileName(summary, 'csv'));
  }
  if (q.format === 'xlsx') {
    // The workbook carries the visits themselves on a second sheet.
    const content = await summaryXlsx(summary, await buildVisitList(q, deps));
    return new FileDownload(content, XLSX_TYPE, fileName(summary, 'xlsx'));
  }
  return summary;
});
