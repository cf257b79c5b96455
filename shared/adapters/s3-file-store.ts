import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { FileStore, StoredObject } from '../use-cases/ports/attachments';

/** One client per cold start; locally S3_FORCE_PATH_STYLE points it at the S3 server's paths. */
export const s3Client = new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' });

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.$metadata.httpStatusCode === 404 || error.name === 'NotFound');

/** "Công văn số 12.pdf" → attachment; filename="Cong van so 12.pdf"; filename*=UTF-8''C%C3%B4ng… */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|"/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export class S3FileStore implements FileStore {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

  uploadUrl(key: string, contentType: string, size: number, seconds: number): Promise<string> {
    // Type and length are signed: S3 refuses an upload of another type or size.
    return getSignedUrl(
      this.client,
      new PutObjectCommand({ Bucket: this.bucket, Key: key, ContentType: contentType, ContentLength: size }),
      { expiresIn: seconds, signableHeaders: new Set(['content-type', 'content-length']) },
    );
  }

  downloadUrl(
    key: string,
    versionId: string | undefined,
    fileName: string,
    seconds: number,
  ): Promise<string> {
    return getSignedUrl(
      this.client,
      new GetObjectCommand({
        Bucket: this.bucket,
        Key: key,
        VersionId: versionId,
        ResponseContentDisposition: contentDisposition(fileName),
      }),
      { expiresIn: seconds },
    );
  }

  async head(key: string): Promise<StoredObject | undefined> {
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: head.ContentLength ?? 0, versionId: head.VersionId };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async read(key: string, versionId: string | undefined, range: { first: number } | { last: number }) {
    const header = 'first' in range ? `bytes=0-${range.first - 1}` : `bytes=-${range.last}`;
    const object = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: versionId, Range: header }),
    );
    return (await object.Body?.transformToByteArray()) ?? new Uint8Array();
  }

  async deleteVersion(key: string, versionId: string | undefined): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key, VersionId: versionId }));
  }
}
