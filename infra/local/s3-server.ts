/**
 * The local S3: s3rver, reached through the AWS SDK's standard endpoint variable
 * (AWS_ENDPOINT_URL_S3) like the other local servers, with the dossier's bucket and its CORS rule.
 */

import { randomUUID } from 'node:crypto';
import type { EventEmitter } from 'node:events';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import S3rver from 's3rver';

export const LOCAL_ATTACHMENTS_BUCKET = 'delegations-attachments-local';

const require = createRequire(import.meta.url);

/** s3rver checks every signature against its own key pairs: it learns the local stack's one. */
function trustKey(accessKeyId: string, secretAccessKey: string) {
  const { DUMMY_ACCOUNT } = require('s3rver/lib/models/account') as {
    DUMMY_ACCOUNT: { createKeyPair(id: string, secret: string): void };
  };
  DUMMY_ACCOUNT.createKeyPair(accessKeyId, secretAccessKey);
}

const cors = (origin: string) =>
  `<CORSConfiguration><CORSRule><AllowedOrigin>${origin}</AllowedOrigin><AllowedMethod>PUT</AllowedMethod><AllowedMethod>GET</AllowedMethod><AllowedHeader>content-type</AllowedHeader><MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>`;

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
  accessKeyId: string;
  secretAccessKey: string;
  /** Called for each object created, as S3 reports it to EventBridge in AWS. */
  onObjectCreated?: (event: ReturnType<typeof asEventBridgeEvent>) => void;
  region: string;
}): Promise<{ url: string; server: Server }> {
  trustKey(options.accessKeyId, options.secretAccessKey);
  const s3 = new S3rver({
    address: options.host,
    port: options.port,
    silent: true,
    directory: options.directory,
    configureBuckets: [{ name: LOCAL_ATTACHMENTS_BUCKET, configs: [cors(options.consoleOrigin)] }],
  });
  // s3rver is a Koa app: an EventEmitter its types leave out.
  (s3 as unknown as EventEmitter).on('event', (notification: S3Notification) => {
    for (const record of notification.Records)
      if (record.eventName.startsWith('ObjectCreated:'))
        options.onObjectCreated?.(asEventBridgeEvent(record, options.region));
  });
  const { port } = (await s3.run()) as { port: number };
  const server = (s3 as unknown as { httpServer: Server }).httpServer;
  // The SDK corrects its clock by the server's Date header, which Node writes from the machine's
  // clock, while s3rver checks request times against this process's Date (the tests shift it): one
  // clock for both. Koa clears headers on an error answer, so the date goes on as the head is written.
  server.prependListener('request', (_request, response) => {
    response.sendDate = false;
    const writeHead = response.writeHead.bind(response);
    response.writeHead = ((...args: Parameters<typeof writeHead>) => {
      response.setHeader('date', new Date().toUTCString());
      return writeHead(...args);
    }) as typeof response.writeHead;
  });
  return { url: `http://${options.host}:${port}`, server };
}
