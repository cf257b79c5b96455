/**
 * The whole backend on this machine, and the composition root of its stand-ins: each AWS service
 * the template creates has its own module, and this file only starts them and wires them together.
 *   DynamoDB             dynalite (started here; table.ts creates the table the template declares)
 *   SES                  aws-ses-v2-local, with its mail viewer (startSesServer)
 *   S3                   s3-server.ts (s3rver behind signature-check.ts, S3's conditional PUT)
 *   EventBridge + SQS    event-bus.ts (rules, queues, retries, dead letters), events-endpoint.ts (PutEvents)
 *   API Gateway + JWT    http-gateway.ts, local-auth.ts
 *   Lambda               function-handlers.ts (the very handlers of the manifest), invocations.ts, lambda-context.ts
 *   Scheduler            schedule-clock.ts
 *   Function settings    local-environment.ts (what the template gives each function)
 *   Local only           local-controls.ts (health, docs, developer sign-in instead of Cognito, on-demand jobs)
 */
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';
import { SCHEDULE_TIME_ZONE } from '../../shared/manifest';
import { openApiDocument } from '../openapi/document';
import type { ColdInvocations } from './cold-invocations';
import { CONSOLE_DIST } from './console-files';
import { LocalEventBus } from './event-bus';
import { putEventsEndpoint } from './events-endpoint';
import { loadFunctions } from './function-handlers';
import { createGateway } from './http-gateway';
import { isolateInvocations } from './invocations';
import { lambdaContext } from './lambda-context';
import { loadOrCreateLocalKeys, verifyLocalToken } from './local-auth';
import { localControls } from './local-controls';
import { setLocalEnvironment } from './local-environment';
import { localPaths } from './paths';
import { dateFromProcessClock } from './process-clock';
import { saveRecordedResponses } from './response-recorder';
import { startS3Server } from './s3-server';
import { startScheduleClock } from './schedule-clock';
import { ensureTable } from './table';

/**
 * The access key the handlers sign their AWS calls with: the local bus takes PutEvents only from
 * callers that know it (this process), never from anyone who reaches the API port. Kept for the
 * life of the process, since SDK clients remember the credentials they first read.
 */

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
  /** Run each invocation in a fresh process from the function's bundle (the benchmark's cold journeys). */
  cold?: ColdInvocations;
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

const S3_EVENT_DELAY_MS = 300;

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  await isolateInvocations();
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

  setLocalEnvironment({
    region,
    tableName,
    busName,
    credentials: localCredentials,
    endpoints: { dynamodb: dynamoUrl, eventbridge: url, ses: sesUrl, s3: s3.url },
  });

  const recorder = await import('./sdk-call-recorder');
  recorder.recordSdkCalls();

  const dynamoClient = new DynamoDBClient({ region, endpoint: dynamoUrl });
  await ensureTable(dynamoClient, tableName);
  dynamoClient.destroy();

  const { routes, subscriptions, queues, bucketConsumers, scheduled } = await loadFunctions(
    options.preloadHandlers ?? false,
    options.cold,
  );
  const bus = new LocalEventBus(busName, region, subscriptions, queues, {
    maxReceiveCount: 3,
    retryDelayMs: 200,
    queueDir: options.inMemory ? undefined : paths.queueDir,
  });
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
    awsTargets: { 'AWSEvents.PutEvents': putEventsEndpoint(bus, localCredentials) },
    verifyToken: (token) => verifyLocalToken(keys.publicKey, token),
    ...localControls({ document, keys, bus, scheduleOf, runJob }),
    consoleDir: CONSOLE_DIST,
    consoleConnect: [s3.url],
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
  options: Pick<LocalStackOptions, 'preloadHandlers' | 'cold'> = {},
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
