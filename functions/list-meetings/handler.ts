import { contract } from '../../shared/api/routes/list-meetings';
import { hungYenProfile } from '../../shared/compliance/profile';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { secrecyFindings } from '../../shared/use-cases/meetings';
import { requireDelegation } from '../../shared/use-cases/require-delegation';
import { readDelegations, readMeetings } from '../../shared/wiring/stores';

const deps = { delegations: readDelegations(), meetings: readMeetings(), profile: hungYenProfile };

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
