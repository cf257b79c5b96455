import { meetingChangeSchema } from '../../shared/domain/meeting';
import { meetingParams } from '../../shared/http/path-params';
import { etagOf, expectedVersion } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { rescheduleMeeting } from '../../shared/use-cases/meetings';
import { meetingDeps } from '../../shared/wiring/meeting-deps';

const deps = meetingDeps();

export const handler = httpRoute(
  functions.rescheduleMeeting,
  { params: meetingParams, body: meetingChangeSchema },
  async (request) => {
    const meeting = await rescheduleMeeting(
      request.params.id,
      request.params.meetingId,
      request.body,
      { ...commandContext(request), expectedVersion: expectedVersion(request.event, true) },
      deps,
    );
    return { statusCode: 200, body: meeting, headers: { etag: etagOf(meeting.version) } };
  },
);
