/**
 * The visit's dossier: a presigned upload for a declared file, its confirmation (the bucket's event
 * in AWS, an explicit call locally or from the console), the list with short-lived download links,
 * and admin's deletion, which keeps the record as an audit entry.
 */
import { AttachmentAddedV1, AttachmentDeletedV1 } from '../../events/attachment-events.v1';
import { createEvent } from '../../events/envelope';
import type { Actor } from '../domain/actor';
import { type Attachment, type AttachmentRequest, attachmentTypes, objectKeyOf } from '../domain/attachment';
import {
  ConflictError,
  NotFoundError,
  StaleVersionError,
  TooLargeError,
  UnprocessableError,
} from '../domain/errors';
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
/**
 * The files a visit keeps at most (available, or waiting for their upload): a real dossier holds
 * tens. Refused and deleted records stay as audit entries and do not count.
 */
export const MAX_FILES_PER_VISIT = 200;
/** How many records one page of the dossier holds. */
export const DOSSIER_PAGE = 100;

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
  const uploadExpiresAt = later(now, UPLOAD_SECONDS);
  let attachment: Attachment = {
    id: input.newId,
    delegationId: delegation.id,
    ...file,
    status: 'pending',
    objectKey: objectKeyOf(delegation.id, input.newId),
    uploadExpiresAt,
    version: 1,
    createdAt: now.toISOString(),
    createdBy: input.actor,
  };
  const existing = await deps.attachments.get(delegation.id, input.newId);
  if (existing) attachment = await renewLink(existing, uploadExpiresAt, deps);
  else {
    await assertRoomForAnother(delegation.id, now, deps);
    try {
      await deps.attachments.save(attachment, undefined);
    } catch (error) {
      // Two copies of one retried request raced: the other saved the record.
      if (!(error instanceof StaleVersionError)) throw error;
      attachment = await renewLink(
        (await deps.attachments.get(delegation.id, input.newId)) as Attachment,
        uploadExpiresAt,
        deps,
      );
    }
  }
  const url = await deps.files.uploadUrl(
    attachment.objectKey,
    attachment.contentType,
    attachment.size,
    UPLOAD_SECONDS,
  );
  return {
    attachment,
    upload: {
      method: 'PUT' as const,
      url,
      // S3 refuses the PUT when the key already holds a file: a link cannot replace what was kept.
      headers: { 'content-type': attachment.contentType, 'if-none-match': '*' },
      expiresAt: uploadExpiresAt,
    },
  };
}

/**
 * A retry of the same request (same Idempotency-Key) finds its record: a pending one gets a link
 * of full life again; a used one cannot take another upload.
 */
async function renewLink(existing: Attachment, uploadExpiresAt: string, deps: AttachmentDeps) {
  if (existing.status !== 'pending')
    throw new ConflictError(
      `This upload was already used: the file is ${existing.status}. Ask for a new upload to add another file.`,
      { status: existing.status, attachmentId: existing.id },
    );
  const renewed = { ...existing, uploadExpiresAt, version: existing.version + 1 };
  try {
    await deps.attachments.save(renewed, existing.version);
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    // The upload was confirmed meanwhile, or another retry renewed it: decide on what is stored now.
    const current = (await deps.attachments.get(existing.delegationId, existing.id)) as Attachment;
    if (current.status !== 'pending') return renewLink(current, uploadExpiresAt, deps);
    return current;
  }
  return renewed;
}

/** Whether a pending record's link has expired: its upload can no longer arrive. */
const linkExpired = (attachment: Attachment, now: Date) =>
  attachment.status === 'pending' &&
  attachment.uploadExpiresAt !== undefined &&
  attachment.uploadExpiresAt < now.toISOString();

/** Every record of the dossier, page by page (the erasure job and the limit read them all). */
export async function everyRecord(delegationId: string, attachments: Attachments): Promise<Attachment[]> {
  const records: Attachment[] = [];
  let after: string | undefined;
  do {
    const page = await attachments.page(delegationId, DOSSIER_PAGE, after);
    records.push(...page.items);
    after = page.next;
  } while (after);
  return records;
}

async function assertRoomForAnother(delegationId: string, now: Date, deps: AttachmentDeps) {
  const kept = (await everyRecord(delegationId, deps.attachments)).filter(
    (record) => record.status === 'available' || (record.status === 'pending' && !linkExpired(record, now)),
  );
  if (kept.length >= MAX_FILES_PER_VISIT)
    throw new ConflictError(
      `A visit keeps at most ${MAX_FILES_PER_VISIT} files; delete one it no longer needs first.`,
      { limit: MAX_FILES_PER_VISIT },
    );
}

/**
 * Why an upload is refused, in the Office's words; undefined when it is what it claimed to be;
 * 'gone' when the object vanished while it was read (another confirmation, admin's deletion).
 */
async function problemWith(attachment: Attachment, files: FileObjects, size: number, versionId?: string) {
  if (size !== attachment.size)
    return `Tệp tải lên có dung lượng ${size} byte, khác với dung lượng đã khai (${attachment.size} byte).`;
  const head = await files.read(attachment.objectKey, versionId, { first: 16 });
  const tail = await files.read(attachment.objectKey, versionId, { last: Math.min(TAIL_BYTES, size) });
  if (!head || !tail) return 'gone' as const;
  if (detectType(head, tail, size) === attachment.contentType) return undefined;
  const endings = attachmentTypes[attachment.contentType].join(', ');
  return `Nội dung tệp "${attachment.fileName}" không phải là tệp ${endings} như đã khai.`;
}

/**
 * An object that arrived for a record no longer pending came through a link used again: it is
 * removed, every version of it, but the version a kept file is read from.
 */
async function removeLateUpload(attachment: Attachment, files: FileObjects): Promise<void> {
  if (attachment.status === 'available') {
    // Without versions (the local S3) the link's If-None-Match already refused the overwrite.
    if (attachment.objectVersion)
      await files.deleteEveryVersion(attachment.objectKey, attachment.objectVersion);
    return;
  }
  await files.deleteEveryVersion(attachment.objectKey);
}

/**
 * Checks an upload against what was declared: kept (available, with Attachment.Added on the
 * timeline) or refused (the object is deleted, the record says why). Safe to repeat and to race:
 * the bucket's event and the console's call may both arrive.
 */
export async function confirmUpload(
  input: {
    delegationId: string;
    attachmentId: string;
    actor: Actor;
    now: Date;
    correlationId: string;
    /** The bucket reports every object that arrives, a used link's too: those are removed. */
    from: 'bucket' | 'console';
  },
  deps: StoredFileDeps,
): Promise<Attachment> {
  const attachment = await deps.attachments.get(input.delegationId, input.attachmentId);
  if (!attachment)
    throw new NotFoundError(`No attachment ${input.attachmentId} on delegation ${input.delegationId}.`);
  if (attachment.status !== 'pending') {
    if (input.from === 'bucket') await removeLateUpload(attachment, deps.files);
    return attachment;
  }
  const stored = await deps.files.head(attachment.objectKey);
  const notUploaded = new UnprocessableError(
    'The file has not been uploaded yet: upload it to the URL given, then confirm.',
  );
  if (!stored) throw notUploaded;
  const refusal = await problemWith(attachment, deps.files, stored.size, stored.versionId);
  if (refusal === 'gone') {
    // Whoever removed it decided the record first, or will: answer with what is stored now.
    const current = (await deps.attachments.get(input.delegationId, input.attachmentId)) as Attachment;
    if (current.status === 'pending') throw notUploaded;
    return current;
  }
  const now = input.now.toISOString();
  const next: Attachment = refusal
    ? {
        ...attachment,
        status: 'refused',
        refusal,
        uploadExpiresAt: undefined,
        version: attachment.version + 1,
      }
    : {
        ...attachment,
        status: 'available',
        objectVersion: stored.versionId,
        confirmedAt: now,
        uploadExpiresAt: undefined,
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
  if (refusal) await deps.files.deleteEveryVersion(attachment.objectKey);
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

/**
 * One page of the dossier, oldest first; each available file with a download link valid for
 * minutes. A pending record whose link expired is left out: its upload can no longer come.
 */
export async function listAttachments(
  input: { delegationId: string; now: Date; maxUploadBytes: number; cursor?: string; limit?: number },
  deps: AttachmentDeps,
) {
  const { delegationId, now } = input;
  await requireDelegation(deps.delegations, delegationId);
  const page = await deps.attachments.page(delegationId, input.limit ?? DOSSIER_PAGE, input.cursor);
  return {
    delegationId,
    maxUploadBytes: input.maxUploadBytes,
    maxFiles: MAX_FILES_PER_VISIT,
    attachments: await Promise.all(
      page.items
        .filter((attachment) => !linkExpired(attachment, now))
        .map(async ({ objectKey, objectVersion, ...attachment }) =>
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
    nextCursor: page.next,
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
    uploadExpiresAt: undefined,
    version: attachment.version + 1,
  };
  const event = createEvent(
    AttachmentDeletedV1,
    { delegationId: attachment.delegationId, attachment: summaryOf(attachment), reason: input.reason },
    eventContext(input, next),
  );
  // Every version: the kept one, an upload nobody confirmed, one a reused link left.
  await deps.files.deleteEveryVersion(attachment.objectKey);
  try {
    await deps.attachments.save(next, attachment.version, [event]);
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    return deleteAttachment(input, deps);
  }
  return next;
}
