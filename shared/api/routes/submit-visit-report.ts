import { delegationSchema, visitReportSchema } from '../../domain/delegation';
import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';

export const contract = routeContract({
  summary: "File the host division's post-visit report",
  params: delegationIdParams,
  body: visitReportSchema,
  ok: { status: 200, schema: delegationSchema, description: 'The delegation, now reported' },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: (delegation) => delegation.revision,
});
