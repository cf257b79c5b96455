import { routeContract } from '../../http/contract';
import { attachmentParams } from '../../http/path-params';
import { attachmentDeletionSchema } from '../request-schemas';
import { attachmentView } from '../responses/attachments';

export const contract = routeContract({
  summary: 'Delete a file of the dossier for good (admin); its record stays as an audit entry',
  params: attachmentParams,
  body: attachmentDeletionSchema,
  ok: { status: 200, schema: attachmentView, description: 'The record, deleted, with who, when and why' },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
