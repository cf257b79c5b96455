import { divisionDirectory } from '../../shared/adapters/directories';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { DynamoReportSource } from '../../shared/adapters/report-source';
import { reportQuerySchema } from '../../shared/api/request-schemas';
import { hungYenProfile } from '../../shared/compliance/profile';
import { fileName, summaryCsv, summaryXlsx, XLSX_TYPE } from '../../shared/history/report-files';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { buildSummary, buildVisitList } from '../../shared/use-cases/reports';

const deps = {
  source: new DynamoReportSource(documentClient, tableName()),
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
