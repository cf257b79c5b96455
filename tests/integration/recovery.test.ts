/**
 * The recovery paths: what finishes the work when a request or a consumer stops half-way.
 * Faults the local servers cannot produce are injected with SDK middleware on the very clients the
 * handlers use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../shared/adapters/dynamo-client';
import { eventBridgeClient } from '../../shared/adapters/event-bridge-client';
import { jicaVisit } from '../fixtures/registration';
import { setToday } from '../support/frozen-clock';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let admin: string;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  admin = await stack.token('admin');
});
afterAll(() => stack?.stop());

const named = (name: string, overrides: object = {}) => {
  const base = jicaVisit();
  return { ...base, partner: { ...base.partner, name }, ...overrides };
};
const timelineNames = async (id: string) =>
  (await stack.call('GET', `/delegations/${id}/timeline`, { token: office })).body.entries.map(
    (entry: { name: string }) => entry.name,
  );

/** Runs `body` with a middleware on a client, removed afterwards whatever happens. */
async function withMiddleware<T>(
  client: { middlewareStack: { add: (...args: never[]) => void; remove: (name: string) => boolean } },
  name: string,
  middleware: unknown,
  body: () => Promise<T>,
): Promise<T> {
  client.middlewareStack.add(...([middleware, { step: 'initialize', name }] as never[]));
  try {
    return await body();
  } finally {
    client.middlewareStack.remove(name);
  }
}

describe('A registration that stopped half-way', () => {
  it('is finished by its retry: the same delegation, and its waiting event goes out', async () => {
    const body = named('Công ty Dừng giữa chừng');
    // The delegation is stored, EventBridge fails, and then the function dies before it answers.
    const crashed = await withMiddleware(
      eventBridgeClient,
      'failAndCrash',
      () => async () => {
        throw Object.assign(new Error('Task timed out'), { name: 'TimeoutError' });
      },
      () =>
        withMiddleware(
          documentClient,
          'crashBeforeAnswer',
          (next: (args: unknown) => Promise<unknown>) => async (args: { input: Record<string, any> }) => {
            if (args.input.ExpressionAttributeValues?.[':completed']) throw new Error('Task timed out');
            return next(args);
          },
          () =>
            stack.call('POST', '/delegations', {
              token: office,
              body,
              headers: { 'idempotency-key': 'half-way' },
            }),
        ),
    );
    expect(crashed.status).toBeGreaterThanOrEqual(500);
    await stack.bus.settled();
    // A retry at once is told the first attempt may still be running; once its lock lapses, it takes over.
    const early = await stack.call('POST', '/delegations', {
      token: office,
      body,
      headers: { 'idempotency-key': 'half-way' },
    });
    expect(early.status).toBe(409);
    setToday(new Date(Date.now() + 31_000).toISOString());
    const retried = await stack.call('POST', '/delegations', {
      token: office,
      body,
      headers: { 'idempotency-key': 'half-way' },
    });
    expect(retried.status).toBe(201);
    await stack.bus.settled();
    expect(await timelineNames(retried.body.id)).toContain('Delegation.Registered');
    const found = await stack.call('GET', `/delegations?q=${encodeURIComponent('Dừng giữa chừng')}`, {
      token: office,
    });
    expect(found.body.items.map((item: { id: string }) => item.id)).toEqual([retried.body.id]);
  });
});

describe('A compliance check that loses a race with an edit', () => {
  it('leaves the status to the edit’s own check, whose report is the current one', async () => {
    let edited = false;
    let id = '';
    await withMiddleware(
      documentClient,
      'editFirst',
      (next: (args: unknown) => Promise<unknown>) => async (args: { input: Record<string, any> }) => {
        // Just before the check writes its outcome, the Office saves an edit.
        if (!edited && args.input.Item?.entity === 'Delegation' && args.input.Item?.compliance) {
          edited = true;
          const answer = await stack.call('PATCH', `/delegations/${args.input.Item.id}`, {
            token: office,
            headers: { 'if-match': '"1"' },
            body: { itinerary: [{ name: 'Khu quân sự K', restrictedArea: true, overnightStay: true }] },
          });
          expect(answer.status).toBe(200);
        }
        return next(args);
      },
      async () => {
        const created = await stack.call('POST', '/delegations', {
          token: office,
          body: named('Công ty Chạy đua'),
        });
        id = created.body.id;
        await stack.bus.settled();
      },
    );
    await stack.bus.settled();
    expect(edited).toBe(true);
    const delegation = (await stack.call('GET', `/delegations/${id}`, { token: office })).body;
    expect(delegation.status).toBe('blocked');
    const report = (await stack.call('GET', `/delegations/${id}/compliance`, { token: office })).body;
    expect(report).toMatchObject({
      outcome: 'blocked',
      current: true,
      delegationVersion: delegation.compliance.reportVersion,
    });
  });
});

describe('An SES complaint', () => {
  it('suspends the address that complained until admin clears it', async () => {
    const complaint = {
      eventType: 'Complaint',
      complaint: { complainedRecipients: [{ emailAddress: 'religious-affairs@hungyen.example.gov.vn' }] },
      mail: { messageId: 'ses-complaint', tags: {} },
    };
    const queued = await stack.local('/_local/queues/email-feedback', {
      Type: 'Notification',
      Message: JSON.stringify(complaint),
    });
    expect(queued.status).toBe(202);
    await stack.bus.settled();
    const agencies = (await stack.call('GET', '/agencies', { token: admin })).body.items;
    const religious = agencies.find((agency: { key: string }) => agency.key === 'religious-affairs');
    expect(religious.emails[0].suspended).toMatchObject({ since: expect.any(String) });
  });
});
