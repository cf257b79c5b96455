import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../shared/adapters/dynamo-client';
import { eventBridgeClient } from '../../shared/adapters/event-bridge-client';
import { eventConsumer } from '../../shared/consumers/event-consumer';
import { functions } from '../../shared/manifest';
import { jicaVisit } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
});
afterAll(() => stack?.stop());

/** PutEvents answers 200 with failed entries: the fault the local bus cannot produce by itself. */
function failPutEvents(times: number) {
  let left = times;
  eventBridgeClient.middlewareStack.add(
    (next) => async (args) => {
      if (left-- > 0) {
        return {
          output: {
            FailedEntryCount: 1,
            Entries: [{ ErrorCode: 'InternalFailure', ErrorMessage: 'Injected' }],
            $metadata: {},
          },
          response: {},
        } as never;
      }
      return next(args);
    },
    { step: 'initialize', name: 'failPutEvents' },
  );
  return () => eventBridgeClient.middlewareStack.remove('failPutEvents');
}

const history = async (name: string) =>
  (await stack.call('GET', `/delegations?q=${encodeURIComponent(name)}&limit=100`, { token: office })).body
    .items;

describe('When EventBridge rejects the event', () => {
  /** Runs the outbox sweep now, as its schedule does every five minutes. */
  const sweep = async () => {
    const response = await stack.local('/_local/schedules/outbox');
    await stack.bus.settled();
    return ((await response.json()) as { result: { delivered: number; waiting: number } }).result;
  };
  const timelineNames = async (id: string) =>
    (await stack.call('GET', `/delegations/${id}/timeline`, { token: office })).body.entries.map(
      (entry: any) => entry.name,
    );

  it('still registers the delegation, and the sweep announces it later, once', async () => {
    const restore = failPutEvents(1);
    const body = jicaVisit({ partner: { name: 'Retry Holdings', country: 'SG', type: 'foreign_business' } });
    let created: Awaited<ReturnType<TestStack['call']>>;
    try {
      created = await stack.call('POST', '/delegations', {
        token: office,
        body,
        headers: { 'idempotency-key': 'letter-outbox' },
      });
    } finally {
      restore();
    }
    expect(created.status).toBe(201);
    await stack.bus.settled();
    expect(await timelineNames(created.body.id)).toEqual([]);
    expect(await sweep()).toEqual({ delivered: 1, waiting: 0 });
    expect(await timelineNames(created.body.id)).toContain('Delegation.Registered');
    expect((await stack.call('GET', `/delegations/${created.body.id}`, { token: office })).body.status).toBe(
      'cleared',
    );
    expect(await sweep()).toEqual({ delivered: 0, waiting: 0 });
    const again = await stack.call('POST', '/delegations', {
      token: office,
      body,
      headers: { 'idempotency-key': 'letter-outbox' },
    });
    expect(again.body.id).toBe(created.body.id);
    expect(await history('Retry Holdings')).toHaveLength(1);
  });

  it('counts what the sweep could not deliver as the outbox backlog, and delivers it on the next sweep', async () => {
    const failRegistration = failPutEvents(1);
    let created: Awaited<ReturnType<TestStack['call']>>;
    try {
      created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit() });
    } finally {
      failRegistration();
    }
    await stack.bus.settled();
    const failSweep = failPutEvents(1);
    try {
      expect(await sweep()).toEqual({ delivered: 0, waiting: 1 });
    } finally {
      failSweep();
    }
    expect(await timelineNames(created.body.id)).toEqual([]);
    expect(await sweep()).toEqual({ delivered: 1, waiting: 0 });
    expect(await timelineNames(created.body.id)).toContain('Delegation.Registered');
  });

  it('keeps a change and its event: the next change of the same delegation delivers the waiting one first', async () => {
    const created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit() });
    await stack.bus.settled();
    const version = (await stack.call('GET', `/delegations/${created.body.id}`, { token: office })).body
      .revision;
    const restore = failPutEvents(1);
    let changed: Awaited<ReturnType<TestStack['call']>>;
    try {
      changed = await stack.call('PATCH', `/delegations/${created.body.id}`, {
        token: office,
        headers: { 'if-match': `"${version}"` },
        body: { purpose: 'A changed purpose' },
      });
    } finally {
      restore();
    }
    expect(changed.status).toBe(200);
    await stack.bus.settled();
    expect(await timelineNames(created.body.id)).not.toContain('Delegation.Updated');
    const cancelled = await stack.call('POST', `/delegations/${created.body.id}/cancel`, {
      token: office,
      body: { reason: 'Hoãn' },
      headers: { 'if-match': changed.headers.get('etag') as string },
    });
    expect(cancelled.status).toBe(200);
    await stack.bus.settled();
    const names = await timelineNames(created.body.id);
    expect(names.indexOf('Delegation.Updated')).toBeGreaterThan(-1);
    expect(names.indexOf('Delegation.Cancelled')).toBeGreaterThan(names.indexOf('Delegation.Updated'));
  });
});

describe('When two officers save the same version', () => {
  it('one edit wins and the other gets 412, so nothing is overwritten silently', async () => {
    const created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit() });
    await stack.bus.settled();
    const version = (await stack.call('GET', `/delegations/${created.body.id}`, { token: office })).body
      .revision;
    const answers = await Promise.all(
      ['First purpose', 'Second purpose'].map((purpose) =>
        stack.call('PATCH', `/delegations/${created.body.id}`, {
          token: office,
          headers: { 'if-match': `"${version}"` },
          body: { purpose },
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
  });
});

describe('A consumer that fails on one record of a batch', () => {
  it('reports only that record for retry and handles the others once', async () => {
    const handled: string[] = [];
    const handler = eventConsumer(functions.recordTimeline, async (event) => {
      if (event.name === 'Delegation.Cancelled') throw new Error('downstream unavailable');
      handled.push(event.eventId);
    });
    const sample = (name: string, id: string) => ({
      messageId: id,
      body: JSON.stringify({
        'detail-type': name,
        detail: {
          eventId: `evt-${id}`,
          name,
          version: 1,
          occurredAt: '2026-12-01T00:00:00.000Z',
          correlationId: 'c',
          actor: { sub: 'u', roles: [] },
          data: {
            delegationId: 'D',
            version: 2,
            reason: 'r',
            previousStatus: 'cleared',
            note: 'n',
            decidedBy: { sub: 'u', roles: [] },
          },
        },
      }),
    });
    const batch = {
      Records: [
        sample('Delegation.Approved', 'm1'),
        sample('Delegation.Cancelled', 'm2'),
        sample('Delegation.Approved', 'm3'),
        { messageId: 'm4', body: 'not json' },
      ],
    } as unknown as SQSEvent;
    const response = (await handler(batch, {} as never)) as SQSBatchResponse;
    expect(response.batchItemFailures).toEqual([{ itemIdentifier: 'm2' }, { itemIdentifier: 'm4' }]);
    expect(handled).toEqual(['evt-m1', 'evt-m3']);

    // A consumer gets only the events its manifest entry subscribes to; another is left alone.
    const cancelled: string[] = [];
    const onlyCancellations = eventConsumer(
      { name: 'test', trigger: { type: 'events', events: ['Delegation.Cancelled'] } },
      async (event) => {
        cancelled.push(`${event.data.reason} ${event.data.previousStatus}`);
      },
    );
    const mixed = { Records: [sample('Delegation.Approved', 'm5'), sample('Delegation.Cancelled', 'm6')] };
    const answer = (await onlyCancellations(mixed as unknown as SQSEvent, {} as never)) as SQSBatchResponse;
    expect(answer.batchItemFailures).toEqual([]);
    expect(cancelled).toEqual(['r cleared']);
  });
});

describe('Limits, each with a clear 4xx', () => {
  const register = (body: unknown) => stack.call('POST', '/delegations', { token: office, body });
  const member = jicaVisit().members[0];

  it.each([
    ['more than 200 members', { members: Array.from({ length: 201 }, () => member) }, 'members'],
    [
      'more than 50 itinerary places',
      { itinerary: Array.from({ length: 51 }, (_, n) => ({ name: `Place ${n}` })) },
      'itinerary',
    ],
    ['a purpose over 4,000 characters', { purpose: 'x'.repeat(4001) }, 'purpose'],
    [
      'an organisation name over 200 characters',
      { partner: { name: 'x'.repeat(201), country: 'JP', type: 'other' } },
      'partner.name',
    ],
    ['more than 20 topics', { topics: Array.from({ length: 21 }, (_, n) => `topic ${n}`) }, 'topics'],
  ])('refuses %s with 400 naming the field', async (_, overrides, path) => {
    const answer = await register(jicaVisit(overrides as never));
    expect(answer.status).toBe(400);
    expect(answer.body.error.details.issues.map((issue: any) => issue.path)).toContain(path);
  });

  it('refuses a body over 256 KiB with 413 and a page over 100 with 400', async () => {
    expect((await register({ ...jicaVisit(), purpose: 'x'.repeat(270_000) })).status).toBe(413);
    expect((await stack.call('GET', '/delegations?limit=101', { token: office })).status).toBe(400);
  });
});

describe('A registration whose function dies right after the visit is written', () => {
  it('is still found by its name: the index items were written before the visit', async () => {
    let killed = false;
    documentClient.middlewareStack.add(
      (next) => async (args) => {
        const result = await next(args);
        const item = (args.input as { Item?: { entity?: string; partner?: { name?: string } } }).Item;
        if (!killed && item?.entity === 'Delegation' && item.partner?.name === 'Hậu Sự Cố Holdings') {
          killed = true;
          throw new Error('Runtime exited: the function was killed after the write');
        }
        return result;
      },
      { step: 'initialize', name: 'dieAfterWrite' },
    );
    try {
      const answer = await stack.call('POST', '/delegations', {
        token: office,
        body: jicaVisit({ partner: { name: 'Hậu Sự Cố Holdings', country: 'SG', type: 'foreign_business' } }),
      });
      expect(answer.status).toBe(500);
    } finally {
      documentClient.middlewareStack.remove('dieAfterWrite');
    }
    expect(killed).toBe(true);
    const found = await history('Hậu Sự Cố Holdings');
    expect(found.map((item: { partner: { name: string } }) => item.partner.name)).toEqual([
      'Hậu Sự Cố Holdings',
    ]);
  });
});
