/**
 * Presigned S3 URLs from the SDK's own SigV4 signer, without the S3 client: the two routes that only
 * hand out links stay small and start fast (the client and its operation schemas are ~170 KB of
 * bundle). It signs what `@aws-sdk/s3-request-presigner` signs: the host, the headers the upload
 * must repeat, an unsigned payload (tests/unit/s3-url-signer.test.ts holds it to AWS's example).
 */
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/transport';
import { SignatureV4 } from '@smithy/signature-v4';
import type { FileLinks } from '../use-cases/ports/attachments';
import { contentDisposition } from './content-disposition';

/** RFC 3986 escaping of one path segment or query value, as SigV4 canonicalises it. */
const uriEscape = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

export interface BucketAddress {
  bucket: string;
  region: string;
  /** AWS_ENDPOINT_URL_S3 (the local S3 server); otherwise the bucket's regional endpoint. */
  endpoint?: string;
  /** Bucket in the path (the local server) rather than in the host name. */
  pathStyle: boolean;
}

export class S3UrlSigner implements FileLinks {
  private readonly signer: SignatureV4;

  constructor(
    private readonly address: BucketAddress,
    credentials = defaultProvider(),
  ) {
    // S3 paths are escaped once, not twice as other services' are.
    this.signer = new SignatureV4({
      service: 's3',
      region: address.region,
      credentials,
      sha256: Sha256,
      uriEscapePath: false,
    });
  }

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
    const { bucket, region, endpoint, pathStyle } = this.address;
    const base = new URL(endpoint ?? `https://s3.${region}.amazonaws.com`);
    const hostname = pathStyle ? base.hostname : `${bucket}.${base.hostname}`;
    const host = base.port ? `${hostname}:${base.port}` : hostname;
    const path = `${pathStyle ? `/${bucket}` : ''}/${key.split('/').map(uriEscape).join('/')}`;
    const request = new HttpRequest({
      method,
      protocol: base.protocol,
      hostname,
      port: base.port ? Number(base.port) : undefined,
      path,
      query,
      headers: { ...headers, host, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
    });
    // The unsigned-payload marker tells the signer what to sign, as in AWS's documented example; it
    // stays out of the URL and out of the headers the browser must send.
    const marker = new Set(['x-amz-content-sha256']);
    const signed = await this.signer.presign(request, {
      expiresIn: seconds,
      unhoistableHeaders: marker,
      unsignableHeaders: marker,
    });
    const search = Object.entries(signed.query ?? {})
      .map(([name, value]) => `${uriEscape(name)}=${uriEscape(String(value))}`)
      .join('&');
    return `${base.protocol}//${host}${path}?${search}`;
  }
}
