/** The dossier's records as the API shows them. */
import * as z from 'zod';
import { attachmentSchema } from '../../domain/attachment';

const { objectKey: _key, objectVersion: _version, ...attachmentShape } = attachmentSchema.shape;
/** An attachment as the API shows it: its record without where the bucket keeps it. */
export const attachmentView = z.object(attachmentShape).meta({ id: 'Attachment' });

/** POST /delegations/{id}/attachments: the record and where to PUT the file. */
export const attachmentUpload = z.object({
  attachment: attachmentView,
  upload: z.object({
    method: z.literal('PUT'),
    url: z.string(),
    /** Send exactly these headers (and the declared length): the URL is signed for them. */
    headers: z.record(z.string(), z.string()),
    expiresAt: z.string(),
  }),
});

export const attachmentList = z.object({
  delegationId: z.string(),
  /** The largest file an upload may declare, in bytes: the stage's limit, for the form to say and check. */
  maxUploadBytes: z.number().int().positive(),
  /** The most files (available or awaiting upload) a visit keeps. */
  maxFiles: z.number().int().positive(),
  attachments: z.array(
    attachmentView.extend({ download: z.object({ url: z.string(), expiresAt: z.string() }).optional() }),
  ),
  /** Where the next page starts; absent on the last page. */
  nextCursor: z.string().optional(),
});
