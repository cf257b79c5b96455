import { contract } from '../../shared/api/routes/list-meetings';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { secrecyFindings } from '../../shared/use-cases/meetings';
import { requireDelegation } from '../../shared/use-cases/require-delegation';
import { meetingDeps } from '../../shared/wiring/meeting-deps';

const deps = meetingDeps();

export const handler = httpRoute(functions.listMeetings, contract, async ({ params }) => {
  const delegation = await requireDelegation(deps.delegations, params.id);
  const meetings = await deps.meetings.list(params.id);
  return {
    delegationId: params.id,
    meetings: meetings.map((meeting) => ({
      ...meeting,
      findings: secrecyFindings(meeting, delegation, deps.profile),
    })),
  };
});
