import { meetingDeps } from '../../shared/adapters/meeting-deps';
import { NotFoundError } from '../../shared/domain/errors';
import { delegationIdParams } from '../../shared/http/path-params';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { secrecyFindings } from '../../shared/use-cases/meetings';

const deps = meetingDeps();

export const handler = httpRoute(
  functions.listMeetings,
  { params: delegationIdParams },
  async ({ params }) => {
    const delegation = await deps.delegations.get(params.id);
    if (!delegation) throw new NotFoundError(`No delegation has the id ${params.id}.`);
    const meetings = await deps.meetings.list(params.id);
    return {
      statusCode: 200,
      body: {
        delegationId: params.id,
        meetings: meetings.map((meeting) => ({
          ...meeting,
          findings: secrecyFindings(meeting, delegation, deps.profile),
        })),
      },
    };
  },
);
