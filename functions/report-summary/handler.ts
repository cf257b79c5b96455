import * as z from 'zod';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { DynamoReportSource } from '../../shared/adapters/report-source';
import { daysBetween } from '../../shared/compliance/calendar';
import { hungYenProfile } from '../../shared/compliance/profile';
import { fileName, summaryCsv, summaryXlsx } from '../../shared/history/report-files';
import { groupings } from '../../shared/history/summary';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { buildSummary } from '../../shared/use-cases/reports';

const deps = { source: new DynamoReportSource(documentClient, tableName()), profile: hungYenProfile };

const query = z
  .object({
    from: z.iso.date(),
    to: z.iso.date(),
    groupBy: z.enum(groupings).default('month'),
    format: z.enum(['json', 'csv', 'xlsx']).default('json'),
  })
  .refine((q) => q.from <= q.to, { message: '`from` must not be after `to`', path: ['to'] })
  .refine((q) => daysBetween(q.from, q.to) <= 5 * 366, {
    message: 'A report covers at most five years',
    path: ['to'],
  });

export const handler = httpRoute(functions.reportSummary, { query }, async ({ query: q }) => {
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
});
