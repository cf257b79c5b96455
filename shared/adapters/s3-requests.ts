/**
 * S3 requests signed with the SDK's own SigV4 signer, without the S3 client (its operation schemas
 * and middleware are ~170 KB of every dossier bundle): presigned links for the browser, and the
 * few calls the dossier makes itself (HEAD, ranged GET, version listing, DELETE), with the
 * retries the client gave them (three attempts, backing off, on 5xx, throttling and lost connections).
 */
import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/transport';
import { SignatureV4 } from '@smithy/signature-v4';

/** RFC 3986 escaping of one path segment or query value, as SigV4 canonicalises it. */
export const uriEscape = (text: string) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** A canonical query string; a parameter without a value (`?versions`) is written bare, as S3 expects. */
export const queryString = (query: Record<string, string>) =>
  Object.entries(query)
    .map(([name, value]) => (value === '' ? uriEscape(name) : `${uriEscape(name)}=${uriEscape(value)}`))
    .join('&');

export interface BucketAddress {
  bucket: string;
  region: string;
  /** AWS_ENDPOINT_URL_S3 (the local S3 server); otherwise the bucket's regional endpoint. */
  endpoint?: string;
  /** Bucket in the path (the local server) rather than in the host name. */
  pathStyle: boolean;
}

/** The SHA-256 of an empty body, which S3 wants signed for GET, HEAD and DELETE. */
const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const ATTEMPTS = 3;

export class S3Requests {
  readonly signer: SignatureV4;

  constructor(
    readonly address: BucketAddress,
    credentials = defaultProvider(),
    private readonly pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
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

  /** The unsigned request for `key` (or the bucket itself when `key` is empty). */
  request(method: string, key: string, query: Record<string, string>, headers: Record<string, string>) {
    const { bucket, region, endpoint, pathStyle } = this.address;
    const base = new URL(endpoint ?? `https://s3.${region}.amazonaws.com`);
    const hostname = pathStyle ? base.hostname : `${bucket}.${base.hostname}`;
    const host = base.port ? `${hostname}:${base.port}` : hostname;
    const objectPath = key ? `/${key.split('/').map(uriEscape).join('/')}` : '/';
    const path = pathStyle ? `/${bucket}${key ? objectPath : ''}` : objectPath;
    return new HttpRequest({
      method,
      protocol: base.protocol,
      hostname,
      port: base.port ? Number(base.port) : undefined,
      path,
      query,
      headers: { ...headers, host },
    });
  }

  /** Sends one signed request, again after a pause when S3 (or the network) fails transiently. */
  async send(
    method: 'GET' | 'HEAD' | 'DELETE',
    key: string,
    query: Record<string, string> = {},
    headers: Record<string, string> = {},
  ): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      const unsigned = this.request(method, key, query, {
        ...headers,
        'x-amz-content-sha256': EMPTY_BODY_SHA256,
      });
      const signed = await this.signer.sign(unsigned);
      const search = queryString(query);
      const url = `${signed.protocol}//${signed.headers.host}${signed.path}${search ? `?${search}` : ''}`;
      const { host: _host, ...sent } = signed.headers;
      try {
        const response = await fetch(url, { method, headers: sent });
        if (!transient(response.status) || attempt === ATTEMPTS) return response;
        await response.body?.cancel();
      } catch (error) {
        if (attempt === ATTEMPTS) throw error;
      }
      await this.pause(100 * 2 ** attempt * (0.5 + Math.random() / 2));
    }
  }
}

const transient = (status: number) => status >= 500 || status === 429;

/** S3's error, with its code from the XML body ("AccessDenied", "SlowDown"). */
export class S3RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`S3 answered ${status} ${code}: ${message}`);
    this.name = code || 'S3RequestError';
  }
}
