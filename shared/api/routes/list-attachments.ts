import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { dossierQuerySchema } from '../request-schemas';
import { attachmentList } from '../responses/attachments';

export const contract = routeContract({
  summary: "The visit's dossier",
  params: delegationIdParams,
  query: dossierQuerySchema,
  ok: {
    status: 200,
    schema: attachmentList,
    description:
      'One page of the dossier (at most `limit` records, oldest first; `nextCursor` fetches the next); each available file with a download URL valid for 5 minutes. A visit keeps at most `maxFiles` files.',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
