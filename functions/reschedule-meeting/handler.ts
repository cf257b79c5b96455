import { contract } from '../../shared/api/routes/reschedule-meeting';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { rescheduleMeeting } from '../../shared/use-cases/meetings';
import { meetingDeps } from '../../shared/wiring/meeting-deps';

const deps = meetingDeps();

export const handler = httpRoute(functions.rescheduleMeeting, contract, (request) =>
  rescheduleMeeting(request.params.id, request.params.meetingId, request.body, commandContext(request), deps),
);
