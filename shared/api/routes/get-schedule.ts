import { routeContract } from '../../http/contract';
import { scheduleQuerySchema } from '../request-schemas';
import { scheduleView } from '../responses/schedule';

export const contract = routeContract({
  summary: 'The visits and meetings of a range of days (six weeks at most), for the calendar',
  query: scheduleQuerySchema,
  ok: { status: 200, schema: scheduleView, description: 'Visits and meetings, Asia/Ho_Chi_Minh days' },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
