import { meetingParams } from '../../shared/http/path-params';
import { expectedVersion } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { cancelMeeting } from '../../shared/use-cases/meetings';
import { meetingDeps } from '../../shared/wiring/meeting-deps';

const deps = meetingDeps();

export const handler = httpRoute(functions.cancelMeeting, { params: meetingParams }, async (request) => {
  const meeting = await cancelMeeting(
    request.params.id,
    request.params.meetingId,
    { ...commandContext(request), expectedVersion: expectedVersion(request.event, true) },
    deps,
  );
  return { statusCode: 200, body: meeting };
});
