/**
 * The visit's dossier: a presigned upload for a declared file, its confirmation (the bucket's event
 * in AWS, an explicit call locally or from the console), the list with short-lived download links,
 * and admin's deletion, which keeps the record as an audit entry.
 */
import { AttachmentAddedV1, AttachmentDeletedV1 } from '../../events/attachment-events.v1';
import { createEvent } from '../../events/envelope';
import type { Actor } from '../domain/actor';
import { type Attachment, type AttachmentRequest, attachmentTypes, objectKeyOf } from '../domain/attachment';
import { NotFoundError, StaleVersionError, TooLargeError, UnprocessableError } from '../domain/errors';
import { detectType, TAIL_BYTES } from '../domain/file-signature';
import type { Attachments, FileLinks, FileObjects } from './ports/attachments';
import type { DelegationStore } from './ports/delegation-store';
import { requireDelegation } from './require-delegation';

/** What the two reading routes need: the visit, its records and links to the files. */
export interface AttachmentDeps {
  delegations: Pick<DelegationStore, 'get'>;
  attachments: Attachments;
  files: FileLinks;
}

/** What checking and removing uploads needs: the records and the objects (no presigning). */
export interface StoredFileDeps {
  attachments: Attachments;
  files: FileObjects;
}

/** Long enough to send 20 MB over a slow office line; short enough not to linger. */
export const UPLOAD_SECONDS = 15 * 60;
export const DOWNLOAD_SECONDS = 5 * 60;

const later = (now: Date, seconds: number) => new Date(now.getTime() + seconds * 1000).toISOString();
const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

export async function requestUpload(
  input: {
    delegationId: string;
    file: AttachmentRequest;
    actor: Actor;
    newId: string;
    now: Date;
    maxBytes: number;
  },
  deps: AttachmentDeps,
) {
  const { file, now } = input;
  const delegation = await requireDelegation(deps.delegations, input.delegationId);
  if (file.approvalId && !delegation.approvals.some((approval) => approval.id === file.approvalId))
    throw new UnprocessableError(
      `No permission or permit recorded on this delegation has the id ${file.approvalId}.`,
    );
  if (file.size > input.maxBytes)
    throw new TooLargeError(
      `A file may be at most ${megabytes(input.maxBytes)}; this one is ${megabytes(file.size)}.`,
    );
  const attachment: Attachment = {
    id: input.newId,
    delegationId: delegation.id,
    ...file,
    status: 'pending',
    objectKey: objectKeyOf(delegation.id, input.newId),
    version: 1,
    createdAt: now.toISOString(),
    createdBy: input.actor,
  };
  try {
    await deps.attachments.save(attachment, undefined);
  } catch (error) {
    // A retry with the same Idempotency-Key after a lost answer: the record is already there.
    if (!(error instanceof StaleVersionError)) throw error;
  }
  const url = await deps.files.uploadUrl(attachment.objectKey, file.contentType, file.size, UPLOAD_SECONDS);
  return {
    attachment,
    upload: {
      method: 'PUT' as const,
      url,
      headers: { 'content-type': file.contentType },
      expiresAt: later(now, UPLOAD_SECONDS),
    },
  };
}

/** Why an upload is refused, in the Office's words, or undefined when it is what it claimed to be. */
async function problemWith(attachment: Attachment, files: FileObjects, size: number, versionId?: string) {
  if (size !== attachment.size)
    return `Tệp tải lên có dung lượng ${size} byte, khác với dung lượng đã khai (${attachment.size} byte).`;
  const zip = attachmentTypes[attachment.contentType].some(
    (ending) => ending === '.docx' || ending === '.xlsx',
  );
  const head = await files.read(attachment.objectKey, versionId, { first: 16 });
  const tail = zip
    ? await files.read(attachment.objectKey, versionId, { last: Math.min(TAIL_BYTES, size) })
    : new Uint8Array();
  if (detectType(head, tail) === attachment.contentType) return undefined;
  const endings = attachmentTypes[attachment.contentType].join(', ');
  return `Nội dung tệp "${attachment.fileName}" không phải là tệp ${endings} như đã khai.`;
}

/**
 * Checks an upload against what was declared: kept (available, with Attachment.Added on the
 * timeline) or refused (the object is deleted, the record says why). Safe to repeat and to race:
 * the bucket's event and the console's call may both arrive.
 */
export async function confirmUpload(
  input: { delegationId: string; attachmentId: string; actor: Actor; now: Date; correlationId: string },
  deps: StoredFileDeps,
): Promise<Attachment> {
  const attachment = await deps.attachments.get(input.delegationId, input.attachmentId);
  if (!attachment)
    throw new NotFoundError(`No attachment ${input.attachmentId} on delegation ${input.delegationId}.`);
  if (attachment.status !== 'pending') return attachment;
  const stored = await deps.files.head(attachment.objectKey);
  if (!stored)
    throw new UnprocessableError(
      'The file has not been uploaded yet: upload it to the URL given, then confirm.',
    );
  const refusal = await problemWith(attachment, deps.files, stored.size, stored.versionId);
  const now = input.now.toISOString();
  const next: Attachment = refusal
    ? { ...attachment, status: 'refused', refusal, version: attachment.version + 1 }
    : {
        ...attachment,
        status: 'available',
        objectVersion: stored.versionId,
        confirmedAt: now,
        version: attachment.version + 1,
      };
  const events = refusal
    ? []
    : [
        createEvent(
          AttachmentAddedV1,
          { delegationId: attachment.delegationId, attachment: summaryOf(attachment) },
          eventContext(input, next),
        ),
      ];
  if (refusal) await deps.files.deleteVersion(attachment.objectKey, stored.versionId);
  try {
    await deps.attachments.save(next, attachment.version, events);
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    // The other confirmation won; its answer is the record now.
    return (await deps.attachments.get(input.delegationId, input.attachmentId)) as Attachment;
  }
  return next;
}

/** An attachment's events: on its delegation's timeline, ordered by the record's own version. */
const eventContext = (input: { correlationId: string; actor: Actor; now: Date }, next: Attachment) => ({
  correlationId: input.correlationId,
  actor: input.actor,
  now: input.now,
  delegationId: next.delegationId,
  aggregateId: `${next.delegationId}:${next.id}`,
  aggregateVersion: next.version,
});

const summaryOf = (attachment: Attachment) => ({
  id: attachment.id,
  fileName: attachment.fileName,
  kind: attachment.kind,
  contentType: attachment.contentType,
  size: attachment.size,
  approvalId: attachment.approvalId,
});

/** The dossier, oldest first; each available file with a download link valid for minutes. */
export async function listAttachments(
  delegationId: string,
  now: Date,
  deps: AttachmentDeps,
  maxUploadBytes: number,
) {
  await requireDelegation(deps.delegations, delegationId);
  const attachments = await deps.attachments.list(delegationId);
  return {
    delegationId,
    maxUploadBytes,
    attachments: await Promise.all(
      attachments.map(async ({ objectKey, objectVersion, ...attachment }) =>
        attachment.status === 'available'
          ? {
              ...attachment,
              download: {
                url: await deps.files.downloadUrl(
                  objectKey,
                  objectVersion,
                  attachment.fileName,
                  DOWNLOAD_SECONDS,
                ),
                expiresAt: later(now, DOWNLOAD_SECONDS),
              },
            }
          : attachment,
      ),
    ),
  };
}

/** Admin removes a file for good; its record stays with who deleted it, when and why. */
export async function deleteAttachment(
  input: {
    delegationId: string;
    attachmentId: string;
    reason: string;
    actor: Actor;
    now: Date;
    correlationId: string;
  },
  deps: StoredFileDeps,
): Promise<Attachment> {
  const attachment = await deps.attachments.get(input.delegationId, input.attachmentId);
  if (!attachment)
    throw new NotFoundError(`No attachment ${input.attachmentId} on delegation ${input.delegationId}.`);
  if (attachment.status === 'deleted') return attachment;
  const next: Attachment = {
    ...attachment,
    status: 'deleted',
    deletion: { reason: input.reason, deletedBy: input.actor, deletedAt: input.now.toISOString() },
    version: attachment.version + 1,
  };
  const event = createEvent(
    AttachmentDeletedV1,
    { delegationId: attachment.delegationId, attachment: summaryOf(attachment), reason: input.reason },
    eventContext(input, next),
  );
  if (attachment.status === 'available')
    await deps.files.deleteVersion(attachment.objectKey, attachment.objectVersion);
  else if (attachment.status === 'pending') {
    // An upload nobody confirmed may have left an object too: that version goes.
    const stored = await deps.files.head(attachment.objectKey);
    if (stored) await deps.files.deleteVersion(attachment.objectKey, stored.versionId);
  }
  try {
    await deps.attachments.save(next, attachment.version, [event]);
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    return deleteAttachment(input, deps);
  }
  return next;
}
