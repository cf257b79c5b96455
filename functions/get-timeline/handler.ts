import { contract } from '../../shared/api/routes/get-timeline';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { requireDelegation } from '../../shared/use-cases/require-delegation';
import { readDelegations, timelineStore } from '../../shared/wiring/stores';

const delegations = readDelegations();
const timeline = timelineStore();

export const handler = httpRoute(functions.getTimeline, contract, async ({ params, query }) => {
  await requireDelegation(delegations, params.id);
  const page = await timeline.list(params.id, query.limit, query.cursor);
  return { delegationId: params.id, entries: page.items, nextCursor: page.nextCursor };
});
