import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLocalKeys, signLocalToken } from '../../infra/local/local-auth';
import { jicaVisit } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let leadership: string;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
});
afterAll(() => stack?.stop());

const register = (body: unknown, headers: Record<string, string> = {}) =>
  stack.call('POST', '/delegations', { token: office, body, headers });

describe('The Office registers a delegation', () => {
  it('stores it, answers 201 with its id and version, and leadership can read it back', async () => {
    const created = await register(jicaVisit());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'registered', version: 1, partner: { country: 'JP' } });
    expect(created.headers.get('location')).toBe(`/delegations/${created.body.id}`);

    const read = await stack.call('GET', `/delegations/${created.body.id}`, { token: leadership });
    expect(read.status).toBe(200);
    // The compliance check may already have moved it on: what was registered is unchanged.
    expect(read.headers.get('etag')).toBe(`"${read.body.revision}"`);
    const { status, version, updatedAt, compliance, personalData, allowedActions, progress, ...registered } =
      read.body;
    const { status: _s, version: _v, updatedAt: _u, ...sent } = created.body;
    expect(registered).toEqual(sent);
    // Leadership reads it; nothing is theirs to do on a visit that waits for no decision.
    expect(allowedActions).toEqual([]);
    expect(progress[0]).toMatchObject({ key: 'received', titleVi: 'Tiếp nhận', state: 'done' });
  });

  it('shows Delegation.Registered on the timeline, delivered through the event bus', async () => {
    const created = await register(jicaVisit());
    await stack.bus.settled();
    const timeline = await stack.call('GET', `/delegations/${created.body.id}/timeline`, { token: office });
    expect(timeline.status).toBe(200);
    const domainEvents = timeline.body.entries.filter(
      (entry: any) => !entry.name.startsWith('Notification.'),
    );
    expect(domainEvents.map((entry: any) => entry.name)).toEqual([
      'Delegation.Registered',
      'Delegation.ComplianceChecked',
    ]);
    expect(timeline.body.entries[0]).toMatchObject({
      name: 'Delegation.Registered',
      version: 2,
      correlationId: created.headers.get('x-correlation-id'),
      actor: { roles: ['office'] },
    });
  });

  it("carries the caller's correlation id from the request to the timeline", async () => {
    const created = await register(jicaVisit(), { 'x-correlation-id': 'letter-123-UBND' });
    expect(created.headers.get('x-correlation-id')).toBe('letter-123-UBND');
    await stack.bus.settled();
    const timeline = await stack.call('GET', `/delegations/${created.body.id}/timeline`, { token: office });
    expect(timeline.body.entries[0].correlationId).toBe('letter-123-UBND');
  });
});

describe('Receipt numbers (số tiếp nhận)', () => {
  const sequence = (receipt: string) => Number(receipt.split('/')[0]);

  it('gives each registration the year’s next number, never the same one to two visits registered at once', async () => {
    const answers = await Promise.all(Array.from({ length: 8 }, () => register(jicaVisit())));
    const receipts = answers.map((answer) => {
      expect(answer.status).toBe(201);
      return answer.body.receiptNumber as string;
    });
    for (const receipt of receipts) expect(receipt).toMatch(/^\d{4}\/\d{4}$/);
    expect(new Set(receipts).size).toBe(8);
    // Consecutive within the batch: the counter gives no number to nobody.
    const numbers = receipts.map(sequence).sort((a, b) => a - b);
    expect((numbers.at(-1) ?? 0) - (numbers[0] ?? 0)).toBe(7);
    // The year the Office received it, in Hà Nội time.
    const year = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(
      new Date(),
    );
    expect(receipts[0]?.endsWith(`/${year}`)).toBe(true);
    const read = await stack.call('GET', `/delegations/${answers[0]?.body.id}`, { token: office });
    expect(read.body.receiptNumber).toBe(receipts[0]);
  });

  it('keeps the first number when a registration is sent again with its Idempotency-Key, and gives none to a refused one', async () => {
    const key = `receipt-${Date.now()}`;
    const first = await register(jicaVisit(), { 'idempotency-key': key });
    const refused = await register(jicaVisit({ purpose: '' }));
    expect(refused.status).toBe(400);
    const again = await register(jicaVisit(), { 'idempotency-key': key });
    expect(again.body.receiptNumber).toBe(first.body.receiptNumber);
    const next = await register(jicaVisit());
    expect(sequence(next.body.receiptNumber)).toBe(sequence(first.body.receiptNumber) + 1);
  });
});

describe('A repeated registration with the same Idempotency-Key', () => {
  it('returns the first answer and creates nothing new', async () => {
    const key = `letter-${Date.now()}`;
    const first = await register(jicaVisit(), { 'idempotency-key': key });
    const again = await register(jicaVisit(), { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    await stack.bus.settled();
    const timeline = await stack.call('GET', `/delegations/${first.body.id}/timeline`, { token: office });
    expect(timeline.body.entries.filter((entry: any) => entry.name === 'Delegation.Registered')).toHaveLength(
      1,
    );
  });

  it('is refused with 422 when the body differs, so a reused key cannot hide a different visit', async () => {
    const key = `letter-${Date.now()}-b`;
    await register(jicaVisit(), { 'idempotency-key': key });
    const other = await register(jicaVisit({ purpose: 'Another purpose' }), { 'idempotency-key': key });
    expect(other.status).toBe(422);
    expect(other.body.error.code).toBe('idempotency_key_reused');
  });

  it('gets one delegation when ten copies race', async () => {
    const key = `race-${Date.now()}`;
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => register(jicaVisit(), { 'idempotency-key': key })),
    );
    const created = answers.filter((answer) => answer.status === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((answer) => answer.body.id)).size).toBe(1);
    for (const answer of answers.filter((a) => a.status !== 201)) {
      expect(answer.status).toBe(409);
      expect(answer.body.error.code).toBe('idempotency_key_in_use');
    }
  });
});

describe('Bad requests get a 4xx with a JSON error the user can act on', () => {
  it('415 for a body that is not JSON', async () => {
    const answer = await register('partner=JICA', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(answer.status).toBe(415);
    expect(answer.body.error.code).toBe('unsupported_media_type');
  });

  it('400 for malformed JSON', async () => {
    const answer = await register('{"partner": ', { 'content-type': 'application/json' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('invalid_json');
  });

  it.each([
    ['U+FFFF', '\uffff'],
    ['U+FFFE', '\ufffe'],
    ['U+0001', '\u0001'],
    ['U+D800', '\ud800'],
  ])(
    '400 naming the field when a member name holds %s, which no document can carry',
    async (code, character) => {
      const visit = jicaVisit();
      const members = visit.members.map((member, index) =>
        index === 0 ? { ...member, fullName: `Tanaka${character} Hiroshi` } : member,
      );
      const answer = await register({ ...visit, members });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('validation_failed');
      expect(answer.body.error.details.issues).toEqual([
        {
          path: 'members.0.fullName',
          message: `Contains ${code}, a character documents and emails cannot carry`,
          code: 'invalid_character',
        },
      ]);
    },
  );

  it('keeps a tab, a line break and an emoji in free text', async () => {
    const answer = await register(jicaVisit({ purpose: 'Trao đổi hợp tác\tnghiên cứu\nvề vật liệu 🌱' }));
    expect(answer.status).toBe(201);
  });

  it('400 naming each invalid field with its path and message', async () => {
    const visit = jicaVisit({
      visit: { arrival: '2026-12-15T08:00:00+07:00', departure: '2026-12-14T08:00:00+07:00' },
    });
    visit.partner.country = 'XX';
    const answer = await register(visit);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('validation_failed');
    expect(answer.body.error.details.issues).toEqual(
      expect.arrayContaining([
        { path: 'partner.country', message: 'Unknown ISO 3166-1 alpha-2 country code', code: 'custom' },
        { path: 'visit.departure', message: 'Arrival must be before departure', code: 'custom' },
      ]),
    );
  });

  it('400 for an empty body', async () => {
    const answer = await register('', { 'content-type': 'application/json' });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('body_required');
  });

  it('413 for a body over 256 KiB', async () => {
    const answer = await register(jicaVisit({ purpose: 'x'.repeat(300 * 1024) }));
    expect(answer.status).toBe(413);
    expect(answer.body.error).toMatchObject({ code: 'payload_too_large', details: { limit: 262144 } });
  });

  it('401 without a token', async () => {
    const answer = await stack.call('POST', '/delegations', { body: jicaVisit() });
    expect(answer.status).toBe(401);
    expect(answer.body.error.code).toBe('unauthenticated');
  });

  it('401 for an expired token, a token signed by another key and one for another audience', async () => {
    const expired = await stack.token('office', { expiresIn: Math.floor(Date.now() / 1000) - 60 });
    const foreign = await signLocalToken((await generateLocalKeys()).privateKey, { roles: ['office'] });
    const otherAudience = await stack.token('office', { audience: 'another-app' });
    for (const token of [expired, foreign, otherAudience, 'not-a-jwt']) {
      const answer = await stack.call('POST', '/delegations', { token, body: jicaVisit() });
      expect(answer.status).toBe(401);
    }
  });

  it('403 when leadership tries to register (only the Office registers)', async () => {
    const answer = await stack.call('POST', '/delegations', { token: leadership, body: jicaVisit() });
    expect(answer.status).toBe(403);
    expect(answer.body.error).toMatchObject({ code: 'forbidden', details: { requiredRoles: ['office'] } });
  });

  it('403 when an administrator reads a delegation (personal data is for the Office and leadership)', async () => {
    const created = await register(jicaVisit());
    const answer = await stack.call('GET', `/delegations/${created.body.id}`, {
      token: await stack.token('admin'),
    });
    expect(answer.status).toBe(403);
  });

  it('404 for an unknown delegation and its timeline', async () => {
    for (const path of ['/delegations/01UNKNOWN', '/delegations/01UNKNOWN/timeline']) {
      const answer = await stack.call('GET', path, { token: office });
      expect(answer.status).toBe(404);
      expect(answer.body.error.code).toBe('not_found');
    }
  });

  it('400 for a timeline cursor this API did not issue', async () => {
    const created = await register(jicaVisit());
    const forged = Buffer.from(JSON.stringify({ pk: 'DELEGATION#other', sk: 'TIMELINE#' })).toString(
      'base64url',
    );
    for (const cursor of [forged, 'not base64 at all!']) {
      const answer = await stack.call(
        'GET',
        `/delegations/${created.body.id}/timeline?cursor=${encodeURIComponent(cursor)}`,
        { token: office },
      );
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('invalid_cursor');
    }
  });

  it('404 for a route that does not exist', async () => {
    const answer = await stack.call('GET', '/nowhere', { token: office });
    expect(answer.status).toBe(404);
  });

  it('keeps every event delivered: nothing reaches a dead-letter queue', async () => {
    await stack.bus.settled();
    expect(stack.bus.deadLetters).toEqual([]);
  });
});
