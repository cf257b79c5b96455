import { historyQuerySchema } from '../../history/filter';
import { routeContract } from '../../http/contract';
import { historyPage } from '../responses/history';

export const contract = routeContract({
  summary: 'Look up the history of visits',
  query: historyQuerySchema,
  ok: { status: 200, schema: historyPage, description: 'One page, newest arrival first' },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
