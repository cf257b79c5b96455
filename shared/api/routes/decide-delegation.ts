import { delegationSchema } from '../../domain/delegation';
import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { decisionBodySchema } from '../request-schemas';

export const contract = routeContract({
  summary: 'Approve or reject (leadership)',
  params: delegationIdParams,
  body: decisionBodySchema,
  ok: { status: 200, schema: delegationSchema, description: 'The decided delegation' },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: (delegation) => delegation.revision,
});
