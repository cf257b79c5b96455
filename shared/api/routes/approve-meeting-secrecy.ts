import { meetingSchema } from '../../domain/meeting';
import { routeContract } from '../../http/contract';
import { meetingParams } from '../../http/path-params';
import { secrecyApprovalBodySchema } from '../request-schemas';

export const contract = routeContract({
  summary: "Record the competent person's written approval of a confidential meeting",
  params: meetingParams,
  body: secrecyApprovalBodySchema,
  ok: { status: 200, schema: meetingSchema, description: 'The approved meeting' },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: (meeting) => meeting.version,
});
