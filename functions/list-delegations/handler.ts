import { contract } from '../../shared/api/routes/list-delegations';
import { historyItem } from '../../shared/history/filter';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { historyStore } from '../../shared/wiring/stores';

const history = historyStore();

export const handler = httpRoute(functions.listDelegations, contract, async ({ query }) => {
  const page = await history.page(query);
  return { items: page.items.map(historyItem), nextCursor: page.nextCursor };
});
