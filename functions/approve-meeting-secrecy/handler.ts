import { contract } from '../../shared/api/routes/approve-meeting-secrecy';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { approveMeetingSecrecy } from '../../shared/use-cases/meetings';
import { meetingDeps } from '../../shared/wiring/meeting-deps';

const deps = meetingDeps();

export const handler = httpRoute(functions.approveMeetingSecrecy, contract, (request) =>
  approveMeetingSecrecy(
    request.params.id,
    request.params.meetingId,
    request.body.reference,
    commandContext(request),
    deps,
  ),
);
