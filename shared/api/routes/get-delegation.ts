import { delegationSchema } from '../../domain/delegation';
import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';

export const contract = routeContract({
  summary: 'Read one delegation',
  params: delegationIdParams,
  ok: { status: 200, schema: delegationSchema, description: 'The delegation (ETag = its revision)' },
  ifMatch: 'none',
  idempotencyKey: 'none',
  etag: (delegation) => delegation.revision,
});
