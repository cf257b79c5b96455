import { routeContract } from '../../http/contract';
import { reportQuerySchema } from '../request-schemas';
import { REPORT_FILES, summaryReport } from '../responses/reports';

export const contract = routeContract({
  summary: 'Summary report (JSON, CSV or XLSX)',
  query: reportQuerySchema,
  ok: {
    status: 200,
    schema: summaryReport,
    files: REPORT_FILES,
    description:
      'The summary (counts by check outcome and by lifecycle status), or a file download for csv and xlsx (xlsx: a second sheet lists the visits)',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
