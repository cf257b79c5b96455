import { historyItem, historyQuerySchema } from '../../shared/history/filter';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { historyStore } from '../../shared/wiring/stores';

const history = historyStore();

export const handler = httpRoute(
  functions.listDelegations,
  { query: historyQuerySchema },
  async ({ query }) => {
    const page = await history.page(query);
    return { statusCode: 200, body: { items: page.items.map(historyItem), nextCursor: page.nextCursor } };
  },
);
