import { meetingChangeSchema, meetingSchema } from '../../domain/meeting';
import { routeContract } from '../../http/contract';
import { meetingParams } from '../../http/path-params';

export const contract = routeContract({
  summary: 'Reschedule a meeting',
  params: meetingParams,
  body: meetingChangeSchema,
  ok: { status: 200, schema: meetingSchema, description: 'The meeting, its sequence raised' },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: (meeting) => meeting.version,
});
