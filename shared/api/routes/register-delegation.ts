import { delegationSchema, registrationRequestSchema } from '../../domain/delegation';
import { routeContract } from '../../http/contract';

export const contract = routeContract({
  summary: 'Register an incoming delegation',
  body: registrationRequestSchema,
  ok: { status: 201, schema: delegationSchema, description: 'The stored delegation (ETag = its revision)' },
  ifMatch: 'none',
  idempotencyKey: 'optional',
  etag: (delegation) => delegation.revision,
  location: (delegation) => `/delegations/${delegation.id}`,
});
