import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { EVENT_SOURCE } from '../../events/envelope';
import { loadOrCreateLocalKeys, signLocalToken, type TokenOptions } from '../../infra/local/local-auth';
import { type LocalStack, type LocalStackOptions, startEphemeralStack } from '../../infra/local/local-stack';
import type { Role } from '../../shared/manifest';

export interface TestStack extends LocalStack {
  token(role: Role | Role[], options?: Omit<TokenOptions, 'roles'>): Promise<string>;
  /** Every email the local SES server received. */
  mails(): Promise<StoredEmail[]>;
  /** Replaces a directory list (`/rooms`, `/officials`, `/agencies`) as admin, from the version it reads. */
  replaceList(path: string, items: unknown[]): Promise<ApiResponse>;
  /** A local-only control (`/_local/...`) as the administrator. */
  local(path: string, body?: unknown): Promise<Response>;
  /** fetch against the local API with JSON in and out. */
  call(
    method: string,
    path: string,
    init?: { token?: string; body?: unknown; headers?: Record<string, string> },
  ): Promise<ApiResponse>;
}

/** An email as aws-ses-v2-local stores it. */
export interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments: { filename?: string; contentType: string; content: string }[];
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any;
}

/** The real local stack (dynalite in memory, SES server, bus, gateway) on free ports. */
export async function startTestStack(
  options: Pick<LocalStackOptions, 'preloadHandlers' | 'cold'> = {},
): Promise<TestStack> {
  const stack = await startEphemeralStack('delegations-test-', options);
  const keys = await loadOrCreateLocalKeys(stack.authKeyFile);
  const admin = await signLocalToken(keys.privateKey, { roles: ['admin'] });
  const self: TestStack = {
    ...stack,
    async replaceList(path, items) {
      const etag = (await self.call('GET', path, { token: admin })).headers.get('etag') as string;
      return self.call('PUT', path, { token: admin, body: items, headers: { 'if-match': etag } });
    },
    local: (path, body) =>
      fetch(`${stack.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}` },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    mails: async () =>
      ((await (await fetch(`${stack.sesUrl}/store`)).json()) as { emails: StoredEmail[] }).emails,
    token: (role, options = {}) => signLocalToken(keys.privateKey, { roles: [role].flat(), ...options }),
    async call(method, path, init = {}) {
      const headers: Record<string, string> = { ...init.headers };
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      let body: string | undefined;
      if (init.body !== undefined) {
        body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
      const response = await fetch(`${stack.url}${path}`, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {}
      return { status: response.status, headers: response.headers, body: parsed };
    },
  };
  return self;
}

/** Sends an event to the local bus again, as EventBridge may redeliver it (signed like the handlers). */
export async function replayEvent(stack: LocalStack, detailType: string, detail: unknown): Promise<void> {
  const client = new EventBridgeClient({ endpoint: stack.url });
  const result = await client.send(
    new PutEventsCommand({
      Entries: [
        {
          EventBusName: stack.bus.name,
          Source: EVENT_SOURCE,
          DetailType: detailType,
          Detail: JSON.stringify(detail),
        },
      ],
    }),
  );
  client.destroy();
  if (result.FailedEntryCount)
    throw new Error(`The local bus refused the event: ${JSON.stringify(result.Entries)}`);
}
