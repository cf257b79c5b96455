import { routeContract } from '../../http/contract';
import { visitsQuerySchema } from '../request-schemas';
import { REPORT_FILES, visitListReport } from '../responses/reports';

export const contract = routeContract({
  summary: 'The visits of a period themselves (JSON, CSV or XLSX)',
  query: visitsQuerySchema,
  ok: {
    status: 200,
    schema: visitListReport,
    files: REPORT_FILES,
    description:
      'Per visit: partner (Vietnamese and original name), country, members, head and title, dates, purpose, host division, status, results and agreements signed',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
