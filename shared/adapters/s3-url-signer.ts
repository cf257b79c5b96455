/**
 * Presigned S3 URLs from the SDK's own SigV4 signer, without the S3 client (see s3-requests.ts). It
 * signs what `@aws-sdk/s3-request-presigner` signs: the host, the headers the upload
 * must repeat, an unsigned payload (tests/unit/s3-url-signer.test.ts holds it to AWS's example).
 */
import type { FileLinks } from '../use-cases/ports/attachments';
import { contentDisposition } from './content-disposition';
import { queryString, type S3Requests } from './s3-requests';

export class S3UrlSigner implements FileLinks {
  constructor(private readonly s3: S3Requests) {}

  uploadUrl(key: string, contentType: string, size: number, seconds: number): Promise<string> {
    // Type and length are signed: S3 refuses an upload of another type or size. So is
    // If-None-Match: S3 refuses (412) a PUT to a key that holds an object, so a link used again
    // cannot replace a kept file.
    return this.presign(
      'PUT',
      key,
      {},
      { 'content-type': contentType, 'content-length': String(size), 'if-none-match': '*' },
      seconds,
    );
  }

  downloadUrl(
    key: string,
    versionId: string | undefined,
    fileName: string,
    seconds: number,
  ): Promise<string> {
    const query: Record<string, string> = { 'response-content-disposition': contentDisposition(fileName) };
    if (versionId) query.versionId = versionId;
    return this.presign('GET', key, query, {}, seconds);
  }

  /** A URL for one request on `key`, signed for `seconds` from now. */
  async presign(
    method: 'GET' | 'PUT',
    key: string,
    query: Record<string, string>,
    headers: Record<string, string>,
    seconds: number,
  ): Promise<string> {
    const request = this.s3.request(method, key, query, {
      ...headers,
      'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
    });
    // The unsigned-payload marker tells the signer what to sign, as in AWS's documented example; it
    // stays out of the URL and out of the headers the browser must send.
    const marker = new Set(['x-amz-content-sha256']);
    const signed = await this.s3.signer.presign(request, {
      expiresIn: seconds,
      unhoistableHeaders: marker,
      unsignableHeaders: marker,
    });
    const search = queryString(
      Object.fromEntries(Object.entries(signed.query ?? {}).map(([name, value]) => [name, String(value)])),
    );
    return `${request.protocol}//${request.headers.host}${request.path}?${search}`;
  }
}
