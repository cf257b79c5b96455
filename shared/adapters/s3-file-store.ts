import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectVersionsCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { FileObjects, StoredObject } from '../use-cases/ports/attachments';

/** One client per cold start; locally S3_FORCE_PATH_STYLE points it at the S3 server's paths. */
export const s3Client = new S3Client({ forcePathStyle: process.env.S3_FORCE_PATH_STYLE === 'true' });

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException &&
  (error.$metadata.httpStatusCode === 404 || ['NotFound', 'NoSuchKey', 'NoSuchVersion'].includes(error.name));

/** The uploaded objects, checked and removed through the S3 client. */
export class S3FileStore implements FileObjects {
  constructor(
    private readonly client: S3Client,
    private readonly bucket: string,
  ) {}

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
    try {
      const object = await this.client.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: key, VersionId: versionId, Range: header }),
      );
      return (await object.Body?.transformToByteArray()) ?? new Uint8Array();
    } catch (error) {
      // Deleted between the check of its size and this read (another confirmation, admin).
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async deleteEveryVersion(key: string, keep?: string): Promise<number> {
    let removed = 0;
    let keyMarker: string | undefined;
    let versionIdMarker: string | undefined;
    do {
      const listed = await this.client.send(
        new ListObjectVersionsCommand({
          Bucket: this.bucket,
          Prefix: key,
          KeyMarker: keyMarker,
          VersionIdMarker: versionIdMarker,
        }),
      );
      const versions = [...(listed.Versions ?? []), ...(listed.DeleteMarkers ?? [])].filter(
        (version) => version.Key === key && version.VersionId !== keep,
      );
      for (const version of versions) {
        await this.client.send(
          new DeleteObjectCommand({ Bucket: this.bucket, Key: key, VersionId: version.VersionId }),
        );
        removed++;
      }
      keyMarker = listed.IsTruncated ? listed.NextKeyMarker : undefined;
      versionIdMarker = listed.IsTruncated ? listed.NextVersionIdMarker : undefined;
    } while (keyMarker);
    return removed;
  }
}
