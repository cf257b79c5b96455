import type { Envelope } from '../../../events/envelope';
import type { Attachment } from '../../domain/attachment';

export interface Attachments {
  get(delegationId: string, attachmentId: string): Promise<Attachment | undefined>;
  /** One page of the dossier, oldest first, and where the next begins (undefined: the last page). */
  page(delegationId: string, limit: number, after?: string): Promise<{ items: Attachment[]; next?: string }>;
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
  /** The first or last bytes of the object, or undefined when it (or that version) is gone. */
  read(
    key: string,
    versionId: string | undefined,
    range: { first: number } | { last: number },
  ): Promise<Uint8Array | undefined>;
  /**
   * Removes every version and delete marker of the key but `keep` (the bucket is versioned: a plain
   * delete would keep the bytes, and a reused upload link adds versions). Answers how many went.
   */
  deleteEveryVersion(key: string, keep?: string): Promise<number>;
}
