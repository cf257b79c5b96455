import { contract } from '../../shared/api/routes/report-visits';
import { visitsCsv, visitsFileName, visitsXlsx, XLSX_TYPE } from '../../shared/history/report-files';
import { FileDownload } from '../../shared/http/contract';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { buildVisitList } from '../../shared/use-cases/reports';
import { divisionDirectory } from '../../shared/wiring/directories';
import { reportSource } from '../../shared/wiring/stores';

const deps = { source: reportSource(), divisions: divisionDirectory() };

/** The visits of a period themselves, as JSON, CSV or XLSX: what a report to the province lists. */
export const handler = httpRoute(functions.reportVisits, contract, async ({ query: q }) => {
  const list = await buildVisitList(q, deps);
  if (q.format === 'csv') {
    return new FileDownload(visitsCsv(list), 'text/csv; charset=utf-8', visitsFileName(list, 'csv'));
  }
  if (q.format === 'xlsx')
    return new FileDownload(await visitsXlsx(list), XLSX_TYPE, visitsFileName(list, 'xlsx'));
  return list;
});
