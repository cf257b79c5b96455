/**
 * The whole backend on this machine: dynalite as DynamoDB, aws-ses-v2-local as SES, the local bus
 * and gateway, and the very same handler modules that run in Lambda, wired from the manifest.
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import * as z from 'zod';
import { oneLine } from '../../shared/domain/text-fields';
import {
  type FunctionSpec,
  functionSpecs,
  isBucketConsumer,
  isEventConsumer,
  isHttp,
  isQueueConsumer,
  isScheduled,
  roles,
  SCHEDULE_TIME_ZONE,
} from '../../shared/manifest';
import { docsPage } from '../openapi/docs-page';
import { openApiDocument } from '../openapi/document';
import { CONSOLE_DIST } from './console-files';
import { LocalEventBus, type QueueHandler } from './event-bus';
import { createGateway, type HttpHandler, LocalRequestError, parseJsonBody } from './http-gateway';
import { asFunction, isolateInvocations } from './invocations';
import { lambdaContext } from './lambda-context';
import { loadOrCreateLocalKeys, signLocalToken, verifyLocalToken } from './local-auth';
import { localPaths } from './paths';
import { dateFromProcessClock } from './process-clock';
import { recordingResponses, saveRecordedResponses } from './response-recorder';
import { LOCAL_ATTACHMENTS_BUCKET, startS3Server } from './s3-server';
import { startScheduleClock } from './schedule-clock';
import { ensureTable } from './table';

/**
 * The access key the handlers sign their AWS calls with: the local bus takes PutEvents only from
 * callers that know it (this process), never from anyone who reaches the API port. Kept for the
 * life of the process, since SDK clients remember the credentials they first read.
 */

/** What the console's developer sign-in sends (local only). */
const localSignInSchema = z.object({
  roles: z.array(z.enum(roles)).min(1),
  /** Shown as the user's name on screens and timelines: one line, no markup. */
  name: oneLine(100)
    .refine((name) => !/[<>]/.test(name), 'A name without < or >')
    .optional(),
});

const inherited = process.env.AWS_ACCESS_KEY_ID?.startsWith('LOCAL') && process.env.AWS_SECRET_ACCESS_KEY;
export const LOCAL_ACCESS_KEY_ID = inherited
  ? (process.env.AWS_ACCESS_KEY_ID as string)
  : `LOCAL${randomBytes(8).toString('hex').toUpperCase()}`;
/**
 * The secret the handlers sign with, made at start and never shown: the local bus and S3 check
 * every signature against it, so the key id a presigned link shows is of no use to a forger.
 */
const LOCAL_SECRET_ACCESS_KEY = inherited
  ? (process.env.AWS_SECRET_ACCESS_KEY as string)
  : randomBytes(24).toString('base64url');
const localCredentials = { accessKeyId: LOCAL_ACCESS_KEY_ID, secretAccessKey: LOCAL_SECRET_ACCESS_KEY };

export interface LocalStackOptions {
  /** API port; 0 picks a free one. */
  port: number;
  sesPort: number;
  dynamoPort: number;
  /** The S3 server's port (default: a free one). */
  s3Port?: number;
  /** Keep nothing on disk (DynamoDB data lives in memory). */
  inMemory: boolean;
  /** Folder for DynamoDB data and the local signing key (default .data, or DATA_DIR). */
  dataDir?: string;
  host?: string;
  region?: string;
  tableName?: string;
  busName?: string;
  /** An SES server already running (e.g. one mail viewer for several stacks); otherwise one is started. */
  sesUrl?: string;
  /**
   * Import every handler before the stack answers (default: on its first invocation, as a cold start
   * does). A browser journey calls many functions at once and should not wait for their imports.
   */
  preloadHandlers?: boolean;
  /** Run the scheduled jobs on their own timers, as EventBridge Scheduler does (default true). */
  schedules?: boolean;
}

export interface LocalStack {
  url: string;
  sesUrl: string;
  dynamoUrl: string;
  s3Url: string;
  bus: LocalEventBus;
  /** The HTTP routes served, as API Gateway route keys ("POST /delegations"). */
  routeKeys: string[];
  /** The scheduled jobs, for comparison with the CDK stack's schedules. */
  scheduledJobs: string[];
  tableName: string;
  authKeyFile: string;
  stop(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');
const S3_EVENT_DELAY_MS = 300;

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  await isolateInvocations();
  const handlerOf = <T>(spec: FunctionSpec) => loadHandler<T>(spec, options.preloadHandlers ?? false);
  const host = options.host ?? '127.0.0.1';
  const region = options.region ?? 'ap-southeast-1';
  const tableName = options.tableName ?? 'delegations-local';
  const busName = options.busName ?? 'delegations-local';
  const servers: Server[] = [];
  const paths = localPaths(options.dataDir);

  if (!options.inMemory) mkdirSync(paths.dynamoDir, { recursive: true });
  const dynamo = dynalite(
    options.inMemory ? { createTableMs: 0 } : { createTableMs: 0, path: paths.dynamoDir },
  );
  dynamo.listen(options.dynamoPort, host);
  await once(dynamo, 'listening');
  servers.push(dynamo);
  const dynamoUrl = `http://${host}:${portOf(dynamo)}`;

  const sesUrl = options.sesUrl ?? (await startSesServer(host, options.sesPort, servers));

  // The gateway listens first so that its port (which also serves PutEvents) is known to the handlers.
  let gateway: ReturnType<typeof createGateway> | undefined;
  const api = createServer((request, response) => {
    if (gateway) return void gateway(request, response);
    response.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"starting"}');
  });
  api.listen(options.port, host);
  await once(api, 'listening');
  // The bus checks the signing time of PutEvents against this process's clock, as S3 does.
  dateFromProcessClock(api);
  servers.push(api);
  const url = `http://${host}:${portOf(api)}`;

  // S3 tells EventBridge of each upload and a rule hands it to the bucket's consumers: here s3rver's
  // own notification does, once the handlers are loaded; what is in flight is awaited on stop.
  const uploads = new Set<Promise<unknown>>();
  let onObjectCreated: ((event: object) => void) | undefined;
  const s3 = await startS3Server({
    region,
    onObjectCreated: (event) => onObjectCreated?.(event),
    host,
    port: options.s3Port ?? 0,
    directory: options.inMemory ? mkdtempSync(join(tmpdir(), 'delegations-s3-')) : paths.s3Dir,
    consoleOrigin: url,
    credentials: localCredentials,
  });
  servers.push(s3.server);

  Object.assign(process.env, {
    AWS_REGION: region,
    // The bus answers PutEvents only from this process's handlers, which sign with this key.
    AWS_ACCESS_KEY_ID: LOCAL_ACCESS_KEY_ID,
    AWS_SECRET_ACCESS_KEY: LOCAL_SECRET_ACCESS_KEY,
    // The local bus redelivers within a second, not after SQS's visibility timeout.
    NOTIFICATION_LOCK_MS: process.env.NOTIFICATION_LOCK_MS ?? '500',
    AWS_ENDPOINT_URL_DYNAMODB: dynamoUrl,
    AWS_ENDPOINT_URL_EVENTBRIDGE: url,
    AWS_ENDPOINT_URL_SES: sesUrl,
    AWS_ENDPOINT_URL_S3: s3.url,
    // s3rver serves buckets by path, not as subdomains.
    S3_FORCE_PATH_STYLE: 'true',
    ATTACHMENTS_BUCKET: LOCAL_ATTACHMENTS_BUCKET,
    TABLE_NAME: tableName,
    EVENT_BUS_NAME: busName,
    MAIL_FROM: 'Văn phòng Sở KH&CN Hưng Yên <vanphong@sokhcn.hungyen.example.gov.vn>',
    // The local SES server keeps every mail: the directories' placeholder addresses may receive it here.
    MAIL_TO_PLACEHOLDERS: 'true',
    // Who answers for the Office in every email (sample values for the local stack).
    OFFICE_CONTACT_NAME: process.env.OFFICE_CONTACT_NAME ?? 'Trần Văn Minh, chuyên viên Văn phòng Sở',
    OFFICE_CONTACT_PHONE: process.env.OFFICE_CONTACT_PHONE ?? '0221 3 863 000',
  });
  process.env.POWERTOOLS_LOG_LEVEL ??= 'INFO';
  // CloudWatch metrics (EMF lines) mean nothing on this machine.
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';

  const recorder = await import('./sdk-call-recorder');
  recorder.recordSdkCalls();

  const dynamoClient = new DynamoDBClient({ region, endpoint: dynamoUrl });
  await ensureTable(dynamoClient, tableName);
  dynamoClient.destroy();

  const routes = await Promise.all(
    functionSpecs.filter(isHttp).map(async (spec) => ({
      spec,
      handler: recordingResponses(spec, await handlerOf<HttpHandler>(spec)),
    })),
  );
  const subscriptions = await Promise.all(
    functionSpecs
      .filter(isEventConsumer)
      .map(async (spec) => ({ spec, handler: await handlerOf<QueueHandler>(spec) })),
  );
  const queues = await Promise.all(
    functionSpecs
      .filter(isQueueConsumer)
      .map(async (spec) => ({ spec, handler: await handlerOf<QueueHandler>(spec) })),
  );
  const bus = new LocalEventBus(busName, region, subscriptions, queues, {
    maxReceiveCount: 3,
    retryDelayMs: 200,
    queueDir: options.inMemory ? undefined : paths.queueDir,
  });
  const bucketConsumers = await Promise.all(
    functionSpecs.filter(isBucketConsumer).map(async (spec) => ({
      spec,
      handler: await handlerOf<(event: object, context: object) => Promise<unknown>>(spec),
    })),
  );
  onObjectCreated = (event) => {
    for (const { spec, handler } of bucketConsumers) {
      // EventBridge hands S3's events on within a second or so, not at once: the console's own
      // confirmation usually comes first, and both paths run.
      const run = sleep(S3_EVENT_DELAY_MS)
        .then(() => handler(event, lambdaContext(spec)))
        .catch((error: Error) => console.error(`[local S3 events] ${spec.name} failed: ${error.message}`))
        .finally(() => uploads.delete(run));
      uploads.add(run);
    }
  };
  const scheduled = await Promise.all(
    functionSpecs.filter(isScheduled).map(async (spec) => ({
      spec,
      handler: await handlerOf<(event: object, context: object) => Promise<unknown>>(spec),
    })),
  );
  const keys = await loadOrCreateLocalKeys(resolve(paths.authKeyFile));
  const document = openApiDocument();
  const scheduleOf = (job: string) =>
    scheduled.find(({ spec }) => spec.trigger.schedules.some((entry) => entry.job === job));
  const runJob = async (job: string, scheduledTime: Date) => {
    const target = scheduleOf(job);
    return target?.handler({ job, scheduledTime: scheduledTime.toISOString() }, lambdaContext(target.spec));
  };
  gateway = createGateway({
    routes,
    bus,
    eventsCredentials: localCredentials,
    verifyToken: (token) => verifyLocalToken(keys.publicKey, token),
    extraRoutes: {
      'GET /health': async () => ({ status: 200, body: { status: 'ok' } }),
      'GET /openapi.json': async () => ({ status: 200, body: document }),
      'GET /docs': async () => ({
        status: 200,
        body: docsPage(document),
        contentType: 'text/html; charset=utf-8',
      }),
      'GET /_local/dead-letters': async () => ({ status: 200, body: bus.deadLetters }),
      // The console's configuration: same origin, the developer sign-in below instead of Cognito.
      'GET /config.json': async () => ({ status: 200, body: { auth: 'local', apiUrl: '' } }),
      // Local only (AWS signs people in with Cognito): a token for the roles a developer picks.
      'POST /local-sign-in': async (_request, body) => {
        const parsed = localSignInSchema.safeParse(body.length > 0 ? parseJsonBody(body) : {});
        if (!parsed.success)
          throw new LocalRequestError(
            `Send {"roles": ["office" | "leadership" | "admin", …], "name": "one line"}: ${parsed.error.issues
              .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
              .join('; ')}.`,
          );
        const { roles, name } = parsed.data;
        const username = name ?? `local-${roles.join('-')}`;
        return {
          status: 200,
          body: { token: await signLocalToken(keys.privateKey, { roles, username, name }) },
        };
      },
    },
    consoleDir: CONSOLE_DIST,
    consoleConnect: [s3.url],
    prefixRoutes: {
      // What EventBridge Scheduler does on time, on demand; `scheduledTime` in the body is a fake clock.
      'POST /_local/schedules/': async (job, body) => {
        if (!scheduleOf(job))
          return {
            status: 404,
            body: { error: { code: 'schedule_not_found', message: `No schedule runs ${job}.` } },
          };
        const { scheduledTime = new Date().toISOString() } = (body.length > 0 ? parseJsonBody(body) : {}) as {
          scheduledTime?: string;
        };
        if (Number.isNaN(Date.parse(scheduledTime)))
          throw new LocalRequestError('`scheduledTime` must be an ISO 8601 date-time.');
        const result = await runJob(job, new Date(scheduledTime));
        return { status: 200, body: { job, scheduledTime, result } };
      },
      // Stands in for SNS → SQS, e.g. to replay an SES bounce notification locally.
      'POST /_local/queues/': async (queue, body) => {
        parseJsonBody(body); // its consumer reads SNS's JSON envelope: anything else is a 400 here
        return bus.sendToQueue(queue, body.toString('utf8'))
          ? { status: 202, body: { queued: queue } }
          : {
              status: 404,
              body: { error: { code: 'queue_not_found', message: `No consumer reads ${queue}.` } },
            };
      },
    },
  });

  // What a crash left in flight: queued deliveries, then events still waiting in the outbox.
  const recovered = bus.recover();
  if (!options.inMemory) await runJob('outbox', new Date());
  if (recovered > 0) console.log(`[local bus] redelivering ${recovered} message(s) left by the last run`);
  const stopSchedules =
    options.schedules === false
      ? () => undefined
      : startScheduleClock(
          scheduled.flatMap(({ spec }) =>
            spec.trigger.schedules.map((entry) => ({
              job: entry.job,
              expression: entry.expression,
              run: (at: Date) => runJob(entry.job, at),
            })),
          ),
          SCHEDULE_TIME_ZONE,
        );

  return {
    url,
    sesUrl,
    dynamoUrl,
    s3Url: s3.url,
    bus,
    authKeyFile: paths.authKeyFile,
    scheduledJobs: scheduled.flatMap(({ spec }) => spec.trigger.schedules.map((entry) => entry.job)),
    routeKeys: routes.map(({ spec }) => `${spec.trigger.method} ${spec.trigger.path}`),
    tableName,
    async stop() {
      stopSchedules();
      await Promise.all(uploads);
      await bus.settled();
      recorder.saveRecordedSdkCalls();
      saveRecordedResponses();
      await Promise.all(servers.map(closeServer));
    },
  };
}

/** The whole stack in memory on free ports, without schedule timers: for the tests and `npm run smoke -- --local`. */
export function startEphemeralStack(
  prefix: string,
  options: Pick<LocalStackOptions, 'preloadHandlers'> = {},
): Promise<LocalStack> {
  return startLocalStack({
    port: 0,
    sesPort: 0,
    dynamoPort: 0,
    inMemory: true,
    schedules: false,
    dataDir: mkdtempSync(join(tmpdir(), prefix)),
    ...options,
  });
}

/**
 * A function's handler, run so that the AWS calls it makes are recorded as its own. Its module is
 * imported on the first invocation, as Lambda's cold start does: the stack starts without loading
 * the 48 handlers (and their libraries) that a test or a session may never call. With `preload` it
 * is imported now (LocalStackOptions.preloadHandlers).
 */
async function loadHandler<T>(spec: FunctionSpec, preload: boolean): Promise<T> {
  const load = async () => {
    const module = await import(pathToFileURL(resolve(ROOT, spec.entry)).href);
    if (typeof module.handler !== 'function') throw new Error(`${spec.entry} does not export a handler`);
    return asFunction(spec.name, module.handler) as (...args: unknown[]) => Promise<unknown>;
  };
  if (!existsSync(resolve(ROOT, spec.entry))) throw new Error(`${spec.entry} does not exist`);
  if (preload) {
    const handler = await load();
    return handler as T;
  }
  let loaded: ReturnType<typeof load> | undefined;
  return (async (...args: unknown[]) => {
    loaded ??= load();
    return (await loaded)(...args);
  }) as T;
}

/** Starts aws-ses-v2-local (SES API and mail viewer); the server is added to `servers` to be closed. */
export async function startSesServer(host: string, port: number, servers: Server[]): Promise<string> {
  const startSes = await loadSesServer();
  const ses = await startSes({ host, port });
  // Express 5 hands a listen error to its callback, so the server comes back without listening.
  if (!ses.listening) {
    throw Object.assign(new Error(`listen EADDRINUSE ${host}:${port}`), { code: 'EADDRINUSE', port });
  }
  servers.push(ses);
  return `http://${host}:${portOf(ses)}`;
}

type StartSes = typeof import('aws-ses-v2-local').default;

/** aws-ses-v2-local is CommonJS: under plain Node its function is `default.default`, under loaders `default`. */
async function loadSesServer(): Promise<StartSes> {
  const imported = (await import('aws-ses-v2-local')).default as StartSes & { default?: StartSes };
  return imported.default ?? imported;
}

const portOf = (server: Server): number => (server.address() as AddressInfo).port;

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((done) => server.close(() => done()));
}
