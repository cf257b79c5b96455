import { attachmentRequestSchema } from '../../domain/attachment';
import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { attachmentUpload } from '../responses/attachments';

export const contract = routeContract({
  summary: "Add a file to the visit's dossier: the record, and a URL to upload it to",
  params: delegationIdParams,
  body: attachmentRequestSchema,
  ok: {
    status: 201,
    schema: attachmentUpload,
    description:
      'The pending record and a presigned PUT URL (15 minutes) signed for the declared type and length; upload, then confirm. 413 above the size limit (20 MB by default); 422 for an unknown approval id.',
  },
  ifMatch: 'none',
  idempotencyKey: 'optional',
  location: (answer) => `/delegations/${answer.attachment.delegationId}/attachments`,
});
