import { delegationSchema } from '../../domain/delegation';
import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { cancelBodySchema } from '../request-schemas';

export const contract = routeContract({
  summary: 'Cancel a visit',
  params: delegationIdParams,
  body: cancelBodySchema,
  ok: { status: 200, schema: delegationSchema, description: 'The cancelled delegation' },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: (delegation) => delegation.revision,
});
