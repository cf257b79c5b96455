/**
 * AWS Signature Version 4, checked as AWS checks it: the local bus and the local S3 recompute the
 * signature of every request with the SDK's own signer and refuse one that does not match, has
 * expired, or names a key they do not know. Knowing the access key id (every presigned link shows
 * it) is not enough; the secret is this process's own.
 */
import { createHash } from 'node:crypto';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/transport';
import { SignatureV4 } from '@smithy/signature-v4';

export interface SignedRequest {
  method: string;
  /** The path and query as sent (percent-encoded). */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body, for a service that signs its hash (EventBridge); S3 sends the hash as a header. */
  body?: Buffer;
}

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
}

/** Why AWS would refuse the request: its error code and message. */
export interface SignatureProblem {
  code: 'AccessDenied' | 'InvalidAccessKeyId' | 'SignatureDoesNotMatch' | 'RequestTimeTooSkewed';
  message: string;
}

/** AWS refuses a request signed more than 15 minutes from its own clock. */
const SKEW_MS = 15 * 60 * 1000;

const header = (headers: SignedRequest['headers'], name: string) => {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(',') : value;
};

/** 20261126T020000Z → the instant. */
function parseAmzDate(value: string | undefined): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return new Date(Date.UTC(y as number, (mo as number) - 1, d, h, mi, s));
}

/** Credential=AKID/20261126/ap-southeast-1/s3/aws4_request → its parts. */
function parseCredential(value: string) {
  const [accessKeyId, date, region, service, terminator] = value.split('/');
  if (!accessKeyId || !date || !region || !service || terminator !== 'aws4_request') return undefined;
  return { accessKeyId, region, service };
}

const denied = (message: string): SignatureProblem => ({ code: 'AccessDenied', message });
const mismatch: SignatureProblem = {
  code: 'SignatureDoesNotMatch',
  message: 'The request signature we calculated does not match the signature you provided.',
};

/**
 * Checks the request's SigV4 signature (header or presigned query) against the known credentials;
 * undefined when it holds. `now` is the server's clock.
 */
export async function signatureProblem(
  request: SignedRequest,
  known: Credentials,
  options: { service: string; now: Date; uriEscapePath: boolean },
): Promise<SignatureProblem | undefined> {
  const url = new URL(request.url, 'http://local');
  const presigned = url.searchParams.has('X-Amz-Signature');
  const authorization = header(request.headers, 'authorization');
  if (!presigned && !authorization?.startsWith('AWS4-HMAC-SHA256 '))
    return denied('The request is not signed (AWS Signature Version 4).');

  const fields = presigned
    ? {
        credential: url.searchParams.get('X-Amz-Credential') ?? '',
        signedHeaders: url.searchParams.get('X-Amz-SignedHeaders') ?? '',
        signature: url.searchParams.get('X-Amz-Signature') ?? '',
        date: url.searchParams.get('X-Amz-Date') ?? undefined,
      }
    : {
        credential: /Credential=([^,\s]+)/.exec(authorization ?? '')?.[1] ?? '',
        signedHeaders: /SignedHeaders=([^,\s]+)/.exec(authorization ?? '')?.[1] ?? '',
        signature: /Signature=([0-9a-f]+)/.exec(authorization ?? '')?.[1] ?? '',
        date: header(request.headers, 'x-amz-date'),
      };
  const scope = parseCredential(fields.credential);
  if (!scope) return denied('The credential scope is malformed.');
  if (scope.accessKeyId !== known.accessKeyId)
    return {
      code: 'InvalidAccessKeyId',
      message: 'The AWS Access Key Id you provided does not exist in our records.',
    };
  if (scope.service !== options.service) return mismatch;
  const signedAt = parseAmzDate(fields.date);
  if (!signedAt) return denied('The request has no valid X-Amz-Date.');
  if (presigned) {
    const expires = Number(url.searchParams.get('X-Amz-Expires'));
    if (!(expires > 0) || options.now.getTime() > signedAt.getTime() + expires * 1000)
      return denied('Request has expired');
    if (signedAt.getTime() - options.now.getTime() > SKEW_MS) return denied('Request is not valid yet');
  } else if (Math.abs(options.now.getTime() - signedAt.getTime()) > SKEW_MS)
    return {
      code: 'RequestTimeTooSkewed',
      message: 'The difference between the request time and the current time is too large.',
    };

  const signedNames = fields.signedHeaders.split(';').filter(Boolean);
  if (!signedNames.includes('host')) return denied('The host header must be signed.');
  const headers: Record<string, string> = {};
  for (const name of signedNames) {
    const value = header(request.headers, name);
    // A signed header the request no longer carries cannot match.
    if (value === undefined) return mismatch;
    headers[name] = value;
  }
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of url.searchParams) {
    if (name === 'X-Amz-Signature') continue;
    const earlier = query[name];
    query[name] = earlier === undefined ? value : [earlier, value].flat();
  }
  const signer = new SignatureV4({
    service: options.service,
    region: scope.region,
    credentials: known,
    sha256: Sha256,
    uriEscapePath: options.uriEscapePath,
    applyChecksum: false,
  });
  const signable = new Set(signedNames);
  const payloadHash =
    header(request.headers, 'x-amz-content-sha256') ?? (presigned ? 'UNSIGNED-PAYLOAD' : undefined);
  // The hash a client declares must be its body's: a signed hash over another body is forged.
  if (
    request.body &&
    payloadHash &&
    payloadHash !== 'UNSIGNED-PAYLOAD' &&
    payloadHash !== createHash('sha256').update(request.body).digest('hex')
  )
    return mismatch;
  const unrequested = new HttpRequest({
    method: request.method,
    hostname: headers.host as string,
    path: url.pathname,
    query,
    headers:
      payloadHash && !signable.has('x-amz-content-sha256')
        ? { ...headers, 'x-amz-content-sha256': payloadHash }
        : headers,
    body: payloadHash ? undefined : request.body,
  });
  const marker = new Set(['x-amz-content-sha256'].filter((name) => !signable.has(name)));
  const expected = presigned
    ? (
        await signer.presign(unrequested, {
          signingDate: signedAt,
          expiresIn: Number(url.searchParams.get('X-Amz-Expires')),
          signableHeaders: signable,
          unsignableHeaders: marker,
          unhoistableHeaders: new Set([...signedNames, 'x-amz-content-sha256']),
        })
      ).query?.['X-Amz-Signature']
    : /Signature=([0-9a-f]+)/.exec(
        String(
          (
            await signer.sign(unrequested, {
              signingDate: signedAt,
              signableHeaders: signable,
              unsignableHeaders: marker,
            })
          ).headers.authorization,
        ),
      )?.[1];
  return expected === fields.signature ? undefined : mismatch;
}
