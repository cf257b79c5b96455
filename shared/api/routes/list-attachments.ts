import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { attachmentList } from '../responses/attachments';

export const contract = routeContract({
  summary: "The visit's dossier",
  params: delegationIdParams,
  ok: {
    status: 200,
    schema: attachmentList,
    description:
      'Every attachment, oldest first; each available file with a download URL valid for 5 minutes',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
