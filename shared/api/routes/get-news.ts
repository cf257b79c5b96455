import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { newsViewSchema } from '../news-schemas';

export const contract = routeContract({
  summary: "The visit's news item for the Department's portal, and the steps the caller may take",
  params: delegationIdParams,
  ok: {
    status: 200,
    schema: newsViewSchema,
    description:
      'The saved news item, or the draft the records give while nobody saved one; none for a sensitive visit or one not over and reported yet (unavailable says why)',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
  etag: (view) => view.version,
});
