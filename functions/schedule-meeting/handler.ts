import { contract } from '../../shared/api/routes/schedule-meeting';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { scheduleMeeting, secrecyFindings } from '../../shared/use-cases/meetings';
import { meetingDeps } from '../../shared/wiring/meeting-deps';
import { idempotencyStore } from '../../shared/wiring/stores';

const deps = meetingDeps();

export const handler = httpRoute(
  functions.scheduleMeeting,
  contract,
  async (request) => {
    const meeting = await scheduleMeeting(
      request.params.id,
      request.body,
      { ...commandContext(request), meetingId: request.newId },
      deps,
    );
    const delegation = await deps.delegations.get(request.params.id);
    return { ...meeting, findings: delegation ? secrecyFindings(meeting, delegation, deps.profile) : [] };
  },
  { idempotency: idempotencyStore() },
);
