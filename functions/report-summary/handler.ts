import { reportQuerySchema } from '../../shared/api/request-schemas';
import { hungYenProfile } from '../../shared/compliance/profile';
import { fileName, summaryCsv, summaryXlsx, XLSX_TYPE } from '../../shared/history/report-files';
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

export const handler = httpRoute(
  functions.reportSummary,
  { query: reportQuerySchema },
  async ({ query: q }) => {
    const summary = await buildSummary(q, deps, new Date());
    if (q.format === 'csv') {
      return {
        statusCode: 200,
        file: {
          content: summaryCsv(summary),
          contentType: 'text/csv; charset=utf-8',
          fileName: fileName(summary, 'csv'),
        },
      };
    }
    if (q.format === 'xlsx') {
      // The workbook carries the visits themselves on a second sheet.
      const content = await summaryXlsx(summary, await buildVisitList(q, deps));
      return {
        statusCode: 200,
        file: { content, contentType: XLSX_TYPE, fileName: fileName(summary, 'xlsx') },
      };
    }
    return { statusCode: 200, body: summary };
  },
);
