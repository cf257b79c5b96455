import { meetingRequestSchema } from '../../domain/meeting';
import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { meetingView } from '../responses/meetings';

export const contract = routeContract({
  summary: 'Book a meeting',
  params: delegationIdParams,
  body: meetingRequestSchema,
  ok: {
    status: 201,
    schema: meetingView,
    description: 'The meeting (ETag = its version), with STATE_SECRETS findings when confidential',
  },
  ifMatch: 'none',
  idempotencyKey: 'optional',
  etag: (meeting) => meeting.version,
  location: (meeting) => `/delegations/${meeting.delegationId}/meetings/${meeting.id}`,
});
