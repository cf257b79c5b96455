import { meetingRequestSchema } from '../../shared/domain/meeting';
import { idempotent } from '../../shared/http/idempotency';
import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { scheduleMeeting, secrecyFindings } from '../../shared/use-cases/meetings';
import { meetingDeps } from '../../shared/wiring/meeting-deps';
import { idempotencyStore } from '../../shared/wiring/stores';

const deps = meetingDeps();
const idempotency = idempotencyStore();

export const handler = httpRoute(
  functions.scheduleMeeting,
  { params: delegationIdParams, body: meetingRequestSchema },
  (request) =>
    idempotent(request, idempotency, functions.scheduleMeeting.name, async (meetingId) => {
      const meeting = await scheduleMeeting(
        request.params.id,
        request.body,
        { ...commandContext(request), meetingId },
        deps,
      );
      const delegation = await deps.delegations.get(request.params.id);
      return {
        statusCode: 201,
        body: { ...meeting, findings: delegation ? secrecyFindings(meeting, delegation, deps.profile) : [] },
        headers: {
          location: `/delegations/${meeting.delegationId}/meetings/${meeting.id}`,
          etag: etagOf(meeting.version),
        },
      };
    }),
);
