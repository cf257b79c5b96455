import { secrecyApprovalBodySchema } from '../../shared/api/request-schemas';
import { meetingParams } from '../../shared/http/path-params';
import { etagOf, expectedVersion } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { approveMeetingSecrecy } from '../../shared/use-cases/meetings';
import { meetingDeps } from '../../shared/wiring/meeting-deps';

const deps = meetingDeps();

export const handler = httpRoute(
  functions.approveMeetingSecrecy,
  { params: meetingParams, body: secrecyApprovalBodySchema },
  async (request) => {
    const meeting = await approveMeetingSecrecy(
      request.params.id,
      request.params.meetingId,
      request.body.reference,
      { ...commandContext(request), expectedVersion: expectedVersion(request.event, true) },
      deps,
    );
    return { statusCode: 200, body: meeting, headers: { etag: etagOf(meeting.version) } };
  },
);
