import * as z from 'zod';
import { attachmentKinds } from '../shared/domain/attachment';
import { defineEvent } from './envelope';

const attachmentSummary = z.object({
  id: z.string(),
  fileName: z.string(),
  kind: z.enum(attachmentKinds),
  contentType: z.string(),
  size: z.number().int().positive(),
  approvalId: z.string().optional(),
});

export const AttachmentAddedV1 = defineEvent({
  name: 'Attachment.Added',
  version: 1,
  description: "A file was uploaded to the visit's dossier and its content matched its declared type.",
  dataSchema: z.object({ delegationId: z.string(), attachment: attachmentSummary }),
});

export const AttachmentDeletedV1 = defineEvent({
  name: 'Attachment.Deleted',
  version: 1,
  description: "Admin deleted a file of the visit's dossier; its record stays, with who, when and why.",
  dataSchema: z.object({ delegationId: z.string(), attachment: attachmentSummary, reason: z.string() }),
});
