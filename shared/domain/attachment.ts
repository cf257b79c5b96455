/**
 * The visit's dossier: files attached to a delegation (the partner's letter, scans of permits and
 * decisions, signed documents, photos). The file itself lives in S3; this is its record.
 */
import * as z from 'zod';
import { actorSchema } from './actor';
import { multiLine, oneLine } from './text-fields';

export const attachmentKinds = [
  'partner-letter',
  'permit',
  'decision',
  'signed-document',
  'photo',
  /** Members' passports: personal data, erased with the rest at the end of the retention period. */
  'passport-scan',
  'other',
] as const;

/** The types a dossier takes, with the file name endings each may have. */
export const attachmentTypes = {
  'application/pdf': ['.pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['.docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['.xlsx'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
} as const;
export type AttachmentType = keyof typeof attachmentTypes;
const typeNames = Object.keys(attachmentTypes) as [AttachmentType, ...AttachmentType[]];

/** 20 MB unless ATTACHMENT_MAX_BYTES says otherwise. */
export const maxAttachmentBytes = (env: NodeJS.ProcessEnv = process.env) =>
  Number(env.ATTACHMENT_MAX_BYTES) > 0 ? Number(env.ATTACHMENT_MAX_BYTES) : 20 * 1024 * 1024;

export const attachmentRequestSchema = z
  .strictObject({
    fileName: oneLine(200).refine((name) => !/[\\/]/.test(name), 'A file name without folders'),
    contentType: z.enum(typeNames),
    /** The file's size in bytes: the upload must be exactly this long. */
    size: z.number().int().positive(),
    kind: z.enum(attachmentKinds),
    /** The permission or permit record this file proves (an id from the delegation's approvals). */
    approvalId: z.string().min(1).max(64).optional(),
    note: multiLine(500).optional(),
  })
  .refine(
    (request) =>
      (attachmentTypes[request.contentType] as readonly string[]).some((ending) =>
        request.fileName.toLowerCase().endsWith(ending),
      ),
    {
      message: 'The file name must end as its type does (.pdf, .docx, .xlsx, .jpg, .png)',
      path: ['fileName'],
    },
  );
export type AttachmentRequest = z.output<typeof attachmentRequestSchema>;

export const attachmentStatuses = ['pending', 'available', 'refused', 'deleted'] as const;

export const attachmentSchema = z.object({
  id: z.string(),
  delegationId: z.string(),
  fileName: z.string(),
  contentType: z.enum(typeNames),
  size: z.number().int().positive(),
  kind: z.enum(attachmentKinds),
  approvalId: z.string().optional(),
  note: z.string().optional(),
  /** pending: waiting for the upload; available: checked and kept; refused: not what it said; deleted by admin. */
  status: z.enum(attachmentStatuses),
  objectKey: z.string(),
  /** The S3 version the upload created: what a download reads and a deletion removes. */
  objectVersion: z.string().optional(),
  /** While pending: when its upload link expires (a retry of the same request renews it). */
  uploadExpiresAt: z.string().optional(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  createdBy: actorSchema,
  confirmedAt: z.string().optional(),
  refusal: z.string().optional(),
  deletion: z.object({ reason: z.string(), deletedBy: actorSchema, deletedAt: z.string() }).optional(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** Where a delegation's file is kept: by delegation, then attachment id (no user text in the key). */
export const objectKeyOf = (delegationId: string, attachmentId: string) =>
  `delegations/${delegationId}/${attachmentId}`;
