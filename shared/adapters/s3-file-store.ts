import { parseXML } from '@aws-sdk/xml-builder';
import type { FileObjects, StoredObject } from '../use-cases/ports/attachments';
import { S3RequestError, type S3Requests } from './s3-requests';

const MISSING = 404;

/** The uploaded objects, checked and removed with signed requests (see s3-requests.ts). */
export class S3FileStore implements FileObjects {
  constructor(private readonly s3: S3Requests) {}

  async head(key: string): Promise<StoredObject | undefined> {
    const response = await this.s3.send('HEAD', key);
    if (response.status === MISSING) return undefined;
    await ensureOk(response);
    const versionId = response.headers.get('x-amz-version-id') ?? undefined;
    return { size: Number(response.headers.get('content-length') ?? 0), versionId };
  }

  async read(key: string, versionId: string | undefined, range: { first: number } | { last: number }) {
    const header = 'first' in range ? `bytes=0-${range.first - 1}` : `bytes=-${range.last}`;
    const response = await this.s3.send('GET', key, versionId ? { versionId } : {}, { range: header });
    // Deleted between the check of its size and this read (another confirmation, admin).
    if (response.status === MISSING) return undefined;
    await ensureOk(response);
    return new Uint8Array(await response.arrayBuffer());
  }

  async deleteEveryVersion(key: string, keep?: string): Promise<number> {
    let removed = 0;
    let markers: Record<string, string> = {};
    for (;;) {
      const response = await this.s3.send('GET', '', { versions: '', prefix: key, ...markers });
      await ensureOk(response);
      const listed = parseXML(await response.text()).ListVersionsResult ?? {};
      const versions = [listed.Version ?? [], listed.DeleteMarker ?? []]
        .flat()
        .filter(
          (version: { Key?: string; VersionId?: string }) =>
            version.Key === key && version.VersionId !== keep,
        );
      for (const version of versions) {
        const deleted = await this.s3.send('DELETE', key, { versionId: version.VersionId });
        if (deleted.status !== MISSING) await ensureOk(deleted);
        removed++;
      }
      if (listed.IsTruncated !== 'true') return removed;
      markers = { 'key-marker': listed.NextKeyMarker, 'version-id-marker': listed.NextVersionIdMarker };
    }
  }
}

async function ensureOk(response: Response): Promise<void> {
  if (response.ok) return;
  const body = await response.text();
  const error = body ? (parseXML(body).Error ?? {}) : {};
  throw new S3RequestError(response.status, error.Code ?? '', error.Message ?? response.statusText);
}
