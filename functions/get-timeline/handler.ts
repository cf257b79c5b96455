import { timelineQuerySchema } from '../../shared/api/request-schemas';
import { delegationIdParams } from '../../shared/http/path-params';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { requireDelegation } from '../../shared/use-cases/require-delegation';
import { readDelegations, timelineStore } from '../../shared/wiring/stores';

const delegations = readDelegations();
const timeline = timelineStore();

export const handler = httpRoute(
  functions.getTimeline,
  { params: delegationIdParams, query: timelineQuerySchema },
  async (request) => {
    const { id } = request.params;
    await requireDelegation(delegations, id);
    const page = await timeline.list(id, request.query.limit, request.query.cursor);
    return { statusCode: 200, body: { delegationId: id, entries: page.items, nextCursor: page.nextCursor } };
  },
);
