import * as z from 'zod';
import { meetingDeps } from '../../shared/adapters/meeting-deps';
import { meetingParams } from '../../shared/http/path-params';
import { etagOf } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { approveMeetingSecrecy } from '../../shared/use-cases/meetings';

const deps = meetingDeps();

/** The reference of leadership's written approval (Luật Bảo vệ bí mật nhà nước 2018, Điều 18). */
const body = z.strictObject({ reference: z.string().trim().min(1).max(200) });

export const handler = httpRoute(
  functions.approveMeetingSecrecy,
  { params: meetingParams, body },
  async (request) => {
    const meeting = await approveMeetingSecrecy(
      request.params.id,
      request.params.meetingId,
      request.body.reference,
      commandContext(request),
      deps,
    );
    return { statusCode: 200, body: meeting, headers: { etag: etagOf(meeting.version) } };
  },
);
