import { routeContract } from '../../http/contract';
import { newsListQuerySchema, newsListSchema } from '../news-schemas';

export const contract = routeContract({
  summary: "The year's news items approved by leadership, to publish, and those already published",
  query: newsListQuerySchema,
  ok: {
    status: 200,
    schema: newsListSchema,
    description:
      'For the visits arriving in the year’s reporting period: each approved or published news item with its title, the partner and, once published, its address; newest approval first. Drafts and items waiting for leadership are not listed.',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
