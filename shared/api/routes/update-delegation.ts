import { delegationSchema, registrationPatchSchema } from '../../domain/delegation';
import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';

export const contract = routeContract({
  summary: 'Change a registration',
  params: delegationIdParams,
  body: registrationPatchSchema,
  ok: { status: 200, schema: delegationSchema, description: 'The changed delegation, back under review' },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: (delegation) => delegation.revision,
});
