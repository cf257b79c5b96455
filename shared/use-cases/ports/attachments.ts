import type { Envelope } from '../../../events/envelope';
import type { Attachment } from '../../domain/attachment';

export interface Attachments {
  get(delegationId: string, attachmentId: string): Promise<Attachment | undefined>;
  list(delegationId: string): Promise<Attachment[]>;
  /** Stores the record if it is still at `expectedVersion` (undefined: new), with its events. */
  save(
    attachment: Attachment,
    expectedVersion: number | undefined,
    events?: readonly Envelope[],
  ): Promise<void>;
}

/** What an upload left in the bucket. */
export interface StoredObject {
  size: number;
  versionId?: string;
}

/** Short-lived presigned URLs: the only way the browser reaches the private bucket. */
export interface FileLinks {
  /** A URL the browser PUTs exactly this type and length to, valid `seconds`. */
  uploadUrl(key: string, contentType: string, size: number, seconds: number): Promise<string>;
  /** A URL that downloads this version under its file name, valid `seconds`. */
  downloadUrl(key: string, versionId: string | undefined, fileName: string, seconds: number): Promise<string>;
}

/** The objects themselves, as the functions that check and remove uploads reach them. */
export interface FileObjects {
  head(key: string): Promise<StoredObject | undefined>;
  /** Bytes [start, end] of the object (inclusive); a negative start counts from the end. */
  read(
    key: string,
    versionId: string | undefined,
    range: { first: number } | { last: number },
  ): Promise<Uint8Array>;
  /** Removes this version for good (the bucket is versioned: a plain delete would keep it). */
  deleteVersion(key: string, versionId: string | undefined): Promise<void>;
}
