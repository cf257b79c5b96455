import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { timelineQuerySchema } from '../request-schemas';
import { timelinePage } from '../responses/timeline';

export const contract = routeContract({
  summary: "A delegation's timeline",
  params: delegationIdParams,
  query: timelineQuerySchema,
  ok: { status: 200, schema: timelinePage, description: 'Events, oldest first' },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
