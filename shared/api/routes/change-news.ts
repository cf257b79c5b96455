import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { newsCommandSchema, newsViewSchema } from '../news-schemas';

export const contract = routeContract({
  summary: "One step of the visit's news item: edit, submit, approve, return or record its publication",
  params: delegationIdParams,
  body: newsCommandSchema,
  ok: {
    status: 200,
    schema: newsViewSchema,
    description:
      'The news item after the step. The Office edits and submits; leadership approves or returns it with a note (403 to another role); once approved the Office records its address on the portal. 409 when the item is not in a state for the step or the visit has no news item.',
  },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: (view) => view.version,
});
