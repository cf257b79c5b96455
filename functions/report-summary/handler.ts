import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { DynamoReportSource } from '../../shared/adapters/report-source';
import { reportQuerySchema } from '../../shared/api/request-schemas';
import { hungYenProfile } from '../../shared/compliance/profile';
import { fileName, summaryCsv, summaryXlsx } from '../../shared/history/report-files';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { buildSummary } from '../../shared/use-cases/reports';

const deps = { source: new DynamoReportSource(documentClient, tableName()), profile: hungYenProfile };

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
      const contentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return {
        statusCode: 200,
        file: { content: await summaryXlsx(summary), contentType, fileName: fileName(summary, 'xlsx') },
      };
    }
    return { statusCode: 200, body: summary };
  },
);
