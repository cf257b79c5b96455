/**
 * The local S3: s3rver, reached through the AWS SDK's standard endpoint variable
 * (AWS_ENDPOINT_URL_S3) like the other local servers, with the dossier's bucket and its CORS rule.
 * s3rver does not check SigV4 signatures, so a front checks them as S3 does (expiry, the signed
 * headers: type, length, If-None-Match; the key) and answers the two calls s3rver lacks and the
 * dossier uses: a conditional PUT (If-None-Match: *) and ListObjectVersions.
 */

import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import S3rver from 's3rver';
import { dateFromProcessClock } from './process-clock';
import { type Credentials, signatureProblem } from './signature-check';

export const LOCAL_ATTACHMENTS_BUCKET = 'delegations-attachments-local';

const require = createRequire(import.meta.url);

/** s3rver looks every key up in its own account registry (its V4 check stops there). */
function registerKey({ accessKeyId, secretAccessKey }: Credentials) {
  const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account') as {
    DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void };
  };
  DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);
}

const cors = (origin: string) =>
  `<CORSConfiguration><CORSRule><AllowedOrigin>${origin}</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>content-type</AllowedHeader><AllowedHeader>if-none-match</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;

/** What s3rver reports of a new object, as S3 event notifications do. */
interface S3Notification {
  Records: {
    eventName: string;
    eventTime: string;
    s3: { bucket: { name: string }; object: { key: string; size?: number } };
  }[];
}

/** An S3 notification as EventBridge delivers it (detail-type "Object Created", source aws.s3). */
export function asEventBridgeEvent(record: S3Notification['Records'][number], region: string) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Object Created' as const,
    source: 'aws.s3',
    account: '000000000000',
    time: record.eventTime,
    region,
    resources: [`arn:aws:s3:::${record.s3.bucket.name}`],
    detail: {
      version: '0',
      bucket: { name: record.s3.bucket.name },
      object: { key: record.s3.object.key, size: record.s3.object.size },
      reason: 'PutObject',
    },
  };
}

export async function startS3Server(options: {
  host: string;
  port: number;
  directory: string;
  /** The console's origin: the browser uploads straight to the bucket from there. */
  consoleOrigin: string;
  /** The only credentials whose signatures it takes. */
  credentials: Credentials;
  /** Called for each object created, as S3 reports it to EventBridge in AWS. */
  onObjectCreated?: (event: ReturnType<typeof asEventBridgeEvent>) => void;
  region: string;
}): Promise<{ url: string; server: Server }> {
  registerKey(options.credentials);
  const s3 = new S3rver({
    address: options.host,
    port: options.port,
    silent: true,
    directory: options.directory,
    configureBuckets: [{ name: LOCAL_ATTACHMENTS_BUCKET, configs: [cors(options.consoleOrigin)] }],
  });
  // First of s3rver's middleware (Koa composes them when the server starts).
  (s3 as unknown as { middleware: unknown[] }).middleware.unshift(asS3Would(options.credentials));
  // s3rver is a Koa app: an EventEmitter its types leave out.
  (s3 as unknown as EventEmitter).on('event', (notification: S3Notification) => {
    for (const record of notification.Records)
      if (record.eventName.startsWith('ObjectCreated:'))
        options.onObjectCreated?.(asEventBridgeEvent(record, options.region));
  });
  const { port } = (await s3.run()) as { port: number };
  const server = (s3 as unknown as { httpServer: Server }).httpServer;
  dateFromProcessClock(server);
  return { url: `http://${options.host}:${port}`, server };
}

/** What the front needs of s3rver's Koa context. */
interface Context {
  method: string;
  url: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string | string[] | undefined>;
  status: number;
  type: string;
  body: unknown;
  store: {
    existsObject(bucket: string, key: string): Promise<boolean>;
    listObjects(
      bucket: string,
      options: { prefix?: string; maxKeys?: number },
    ): Promise<{
      objects: { key: string; size: number; lastModifiedDate: Date; metadata: Record<string, string> }[];
    }>;
  };
}

const xmlEscape = (text: string) => text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

function s3Error(ctx: Context, status: number, code: string, message: string) {
  ctx.status = status;
  ctx.type = 'application/xml';
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error>`;
}

/**
 * S3's checks in front of s3rver: every request but a CORS preflight is signed with the local
 * credentials (or refused 403 as S3 refuses it); a PUT with If-None-Match: * to a key that holds an
 * object is refused 412; ListObjectVersions answers as S3 does for a bucket without versioning.
 */
function asS3Would(credentials: Credentials) {
  return async (ctx: Context, next: () => Promise<void>) => {
    if (ctx.method === 'OPTIONS') return next();
    const refused = await signatureProblem(
      { method: ctx.method, url: ctx.url, headers: ctx.headers },
      credentials,
      { service: 's3', now: new Date(), uriEscapePath: false },
    );
    if (refused) return s3Error(ctx, 403, refused.code, refused.message);
    const [, bucket = '', ...rest] = ctx.path.split('/');
    const key = decodeURIComponent(rest.join('/'));
    if (ctx.method === 'PUT' && key && ctx.headers['if-none-match'] === '*') {
      if (await ctx.store.existsObject(bucket, key))
        return s3Error(
          ctx,
          412,
          'PreconditionFailed',
          'At least one of the pre-conditions you specified did not hold',
        );
    }
    if (ctx.method === 'GET' && !key && 'versions' in ctx.query) return listVersions(ctx, bucket);
    return next();
  };
}

/** ListObjectVersions on an unversioned bucket: each object once, as version "null". */
async function listVersions(ctx: Context, bucket: string) {
  const prefix = typeof ctx.query.prefix === 'string' ? ctx.query.prefix : '';
  const { objects } = await ctx.store.listObjects(bucket, { prefix, maxKeys: 1000 });
  const versions = objects
    .map(
      (object) =>
        `<Version><Key>${xmlEscape(object.key)}</Key><VersionId>null</VersionId><IsLatest>true</IsLatest><LastModified>${object.lastModifiedDate.toISOString()}</LastModified><ETag>${xmlEscape(object.metadata.etag ?? '')}</ETag><Size>${object.size}</Size><StorageClass>STANDARD</StorageClass></Version>`,
    )
    .join('');
  ctx.status = 200;
  ctx.type = 'application/xml';
  ctx.body = `<?xml version="1.0" encoding="UTF-8"?>\n<ListVersionsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${xmlEscape(bucket)}</Name><Prefix>${xmlEscape(prefix)}</Prefix><MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>${versions}</ListVersionsResult>`;
}
