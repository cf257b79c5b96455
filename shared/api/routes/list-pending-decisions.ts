import { routeContract } from '../../http/contract';
import { pendingDecisions } from '../responses/history';

export const contract = routeContract({
  summary: 'Visits waiting for leadership, oldest first, with their reasons',
  ok: {
    status: 200,
    schema: pendingDecisions,
    description: 'Each waiting visit with the revision to decide on (If-Match) and its reasons',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
