import { meetingSchema } from '../../domain/meeting';
import { routeContract } from '../../http/contract';
import { meetingParams } from '../../http/path-params';

export const contract = routeContract({
  summary: 'Cancel a meeting',
  params: meetingParams,
  ok: { status: 200, schema: meetingSchema, description: 'The cancelled meeting' },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: (meeting) => meeting.version,
});
