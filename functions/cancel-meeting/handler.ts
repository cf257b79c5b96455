import { contract } from '../../shared/api/routes/cancel-meeting';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { cancelMeeting } from '../../shared/use-cases/meetings';
import { meetingDeps } from '../../shared/wiring/meeting-deps';

const deps = meetingDeps();

export const handler = httpRoute(functions.cancelMeeting, contract, (request) =>
  cancelMeeting(request.params.id, request.params.meetingId, commandContext(request), deps),
);
