/**
 * The local stack's own pages and controls beside the API: health, the OpenAPI document and its
 * reference page, the console's configuration and developer sign-in (Cognito's part in AWS), and
 * the controls an administrator uses to run a schedule or feed a queue on demand.
 */

import * as z from 'zod';
import { oneLine } from '../../shared/domain/text-fields';
import { roles as knownRoles } from '../../shared/manifest';
import { docsPage } from '../openapi/docs-page';
import type { openApiDocument } from '../openapi/document';
import type { LocalEventBus } from './event-bus';
import { type GatewayOptions, LocalRequestError, parseJsonBody } from './http-gateway';
import { type LocalKeys, signLocalToken } from './local-auth';

/** What the console's developer sign-in sends (local only). */
const localSignInSchema = z.object({
  roles: z.array(z.enum(knownRoles)).min(1),
  /** Shown as the user's name on screens and timelines: one line, no markup. */
  name: oneLine(100)
    .refine((name) => !/[<>]/.test(name), 'A name without < or >')
    .optional(),
});

export function localControls(options: {
  document: ReturnType<typeof openApiDocument>;
  keys: LocalKeys;
  bus: LocalEventBus;
  scheduleOf: (job: string) => unknown;
  runJob: (job: string, scheduledTime: Date) => Promise<unknown>;
}): Pick<GatewayOptions, 'extraRoutes' | 'prefixRoutes'> {
  const { document, keys, bus, scheduleOf, runJob } = options;
  return {
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
            `Send {"roles": [${knownRoles.map((role) => `"${role}"`).join(' | ')}, …], "name": "one line"}: ${parsed.error.issues
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
  };
}
