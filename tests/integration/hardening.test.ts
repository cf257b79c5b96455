/**
 * What a careless user, a flaky network and an attacker found, each answered as the API should:
 * implausible dates, text that fakes lines, impossible member lists, edits of closed visits,
 * commands on content nobody read, stale directory saves, retried bodies in another layout,
 * forged groups and tokens, and the local-only controls.
 */

import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { Sha256 } from '@smithy/core/checksum';
import { HttpRequest } from '@smithy/core/transport';
import { SignatureV4 } from '@smithy/signature-v4';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, loadOrCreateLocalKeys } from '../../infra/local/local-auth';
import { MAX_NAME_WORDS } from '../../shared/history/search-terms';
import { inDays, jicaVisit, manyNamesVisit, workingDayIn } from '../fixtures/registration';
import { nameIndexItems } from '../support/index-entries';
import { replayEvent, startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let leadership: string;
let admin: string;
let table: DynamoDBDocumentClient;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
  admin = await stack.token('admin');
  table = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamoUrl }));
});
afterAll(() => stack?.stop());

const register = (body: unknown, headers: Record<string, string> = {}) =>
  stack.call('POST', '/delegations', { token: office, body, headers });
const paths = (answer: { body: any }) =>
  (answer.body.error?.details?.issues ?? []).map((issue: { path: string }) => issue.path);
const visitIn = (year: string) => ({
  arrival: `${year}-12-14T08:00:00+07:00`,
  departure: `${year}-12-15T17:00:00+07:00`,
});
const named = (name: string, overrides: object = {}) => {
  const base = jicaVisit();
  return { ...base, partner: { ...base.partner, name }, ...overrides };
};

describe('Dates a person mistyped', () => {
  it.each(['0126', '0226', '9999', '2001'])(
    'refuses a visit in the year %s with 400 naming the field',
    async (year) => {
      const answer = await register(jicaVisit({ visit: visitIn(year) }));
      expect(answer.status).toBe(400);
      expect(paths(answer)).toContain('visit.arrival');
    },
  );

  it('refuses the same typo in an edit, an activity or the letter date', async () => {
    const created = await register(jicaVisit());
    const edit = await stack.call('PATCH', `/delegations/${created.body.id}`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { visit: visitIn('0126') },
    });
    expect(edit.status).toBe(400);
    const activity = await register(
      jicaVisit({
        activities: [{ type: 'conference', title: 'Hội thảo', startsAt: '9999-01-01T09:00:00+07:00' }],
      }),
    );
    expect(paths(activity)).toEqual(['activities.0.startsAt']);
    const letter = await register(jicaVisit({ sourceLetter: { number: '12/JICA', date: '0226-11-02' } }));
    expect(paths(letter)).toEqual(['sourceLetter.date']);
    const inTwoDays = inDays(2).slice(0, 10);
    const future = await register(
      jicaVisit({
        sourceLetter: { number: '12/JICA', date: inDays(-3).slice(0, 10), receivedOn: inTwoDays },
      }),
    );
    expect(paths(future)).toEqual(['sourceLetter.receivedOn']);
    const beforeItsDate = await register(
      jicaVisit({
        sourceLetter: {
          number: '12/JICA',
          date: inDays(-3).slice(0, 10),
          receivedOn: inDays(-5).slice(0, 10),
        },
      }),
    );
    expect(paths(beforeItsDate)).toEqual(['sourceLetter.receivedOn']);
  });
});

describe('Text that would fake lines or read differently', () => {
  const member = jicaVisit().members[0] as Record<string, unknown>;
  it.each([
    [
      'a line break in a name',
      { members: [{ ...member, fullName: 'Tanaka\r\nPassport: X' }] },
      'members.0.fullName',
    ],
    [
      'a NUL in the organisation',
      { partner: { ...jicaVisit().partner, name: 'JICA\u0000' } },
      'partner.name',
    ],
    [
      'an escape sequence in a title',
      { members: [{ ...member, title: '\u001b[31mChief' }] },
      'members.0.title',
    ],
    ['a direction override in a place', { itinerary: [{ name: 'Kho \u202eK' }] }, 'itinerary.0.name'],
    [
      'a name of invisible characters only',
      { members: [{ ...member, fullName: '\u200b\u200b\u2060' }] },
      'members.0.fullName',
    ],
  ])('refuses %s with 400 on that field', async (_, overrides, path) => {
    const answer = await register(jicaVisit(overrides as never));
    expect(answer.status).toBe(400);
    expect(paths(answer)).toEqual([path]);
  });

  it('keeps line breaks where several lines are meant (the purpose)', async () => {
    const answer = await register(jicaVisit({ purpose: 'Khảo sát.\nLàm việc với Sở.' }));
    expect(answer.status).toBe(201);
    expect(answer.body.purpose).toBe('Khảo sát.\nLàm việc với Sở.');
  });
});

describe('Members the Office must correct', () => {
  const [head, interpreter] = jicaVisit().members as unknown as [
    Record<string, unknown>,
    Record<string, unknown>,
  ];
  it('refuses the same passport number twice', async () => {
    const answer = await register(
      jicaVisit({ members: [head, { ...interpreter, passportNumber: 'tz1234567' }] as never }),
    );
    expect(answer.status).toBe(400);
    expect(paths(answer)).toEqual(['members.1.passportNumber']);
  });

  it.each([
    ['two heads', [head, { ...interpreter, role: 'head' }]],
    ['no head', [{ ...head, role: 'member' }, interpreter]],
  ])('refuses a delegation with %s', async (_, members) => {
    const answer = await register(jicaVisit({ members: members as never }));
    expect(answer.status).toBe(400);
    expect(paths(answer)).toEqual(['members']);
  });
});

describe('Commands on what the person read', () => {
  it('an edit of a visit that has its report is 409, not 500', async () => {
    const arrival = workingDayIn(30);
    const created = await register(
      named('Công ty Đã báo cáo', {
        visit: { arrival: `${arrival}T08:00:00+07:00`, departure: `${arrival}T17:00:00+07:00` },
      }),
    );
    await stack.bus.settled();
    for (const time of ['09:00', '18:00'])
      await stack.local('/_local/schedules/visit-progress', { scheduledTime: `${arrival}T${time}:00+07:00` });
    await stack.bus.settled();
    const reported = await stack.call('POST', `/delegations/${created.body.id}/visit-report`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { summary: 'Hai bên thống nhất hợp tác.' },
    });
    expect(reported.status).toBe(200);
    const edit = await stack.call('PATCH', `/delegations/${created.body.id}`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { purpose: 'Sửa sau khi đã báo cáo' },
    });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('illegal_transition');
  });

  it('a decision needs If-Match, and one on content changed since it was read is 412', async () => {
    const created = await register(named('Công ty Quyết định', { topics: ['nhân quyền'] }));
    await stack.bus.settled();
    const decide = (headers: Record<string, string>) =>
      stack.call('POST', `/delegations/${created.body.id}/decision`, {
        token: leadership,
        headers,
        body: { decision: 'approve' },
      });
    expect((await decide({})).status).toBe(428);
    const read = await stack.call('GET', `/delegations/${created.body.id}`, { token: leadership });
    const edited = await stack.call('PATCH', `/delegations/${created.body.id}`, {
      token: office,
      headers: { 'if-match': read.headers.get('etag') as string },
      body: { topics: ['nhân quyền', 'tôn giáo'] },
    });
    expect(edited.status).toBe(200);
    await stack.bus.settled();
    const stale = await decide({ 'if-match': read.headers.get('etag') as string });
    expect(stale.status).toBe(412);
    expect((await decide({ 'if-match': edited.headers.get('etag') as string })).status).toBe(200);
  });

  it.each([
    ['cancellation', 'POST', '/cancel', { reason: 'Hoãn' }],
    ['post-visit report', 'POST', '/visit-report', { summary: 'Kết quả' }],
  ])('a %s without If-Match is 428', async (_, method, suffix, body) => {
    const created = await register(jicaVisit());
    const answer = await stack.call(method, `/delegations/${created.body.id}${suffix}`, {
      token: office,
      body,
    });
    expect(answer.status).toBe(428);
  });
});

describe('Directory lists are saved from the version read', () => {
  it('a PUT without If-Match is 428; ten at once from one read give one 200 and nine 412', async () => {
    const rooms = [{ id: 'phong-a', name: 'Phòng A' }];
    expect((await stack.call('PUT', '/rooms', { token: admin, body: rooms })).status).toBe(428);
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        stack.call('PUT', '/rooms', {
          token: admin,
          headers: { 'if-match': '"0"' },
          body: [{ id: `phong-${n}`, name: `Phòng ${n}` }],
        }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array(9).fill(412)]);
  });

  it('a save from a copy read before a bounce keeps the suspension (412)', async () => {
    const read = await stack.call('GET', '/agencies', { token: admin });
    const bounce = {
      eventType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bouncedRecipients: [{ emailAddress: 'police@hungyen.example.gov.vn' }],
      },
      mail: { messageId: 'ses-1', tags: {} },
    };
    expect(
      (
        await stack.local('/_local/queues/email-feedback', {
          Type: 'Notification',
          Message: JSON.stringify(bounce),
        })
      ).status,
    ).toBe(202);
    await stack.bus.settled();
    const stale = await stack.call('PUT', '/agencies', {
      token: admin,
      headers: { 'if-match': read.headers.get('etag') as string },
      body: read.body.items,
    });
    expect(stale.status).toBe(412);
    const police = (await stack.call('GET', '/agencies', { token: admin })).body.items.find(
      (a: any) => a.key === 'police',
    );
    expect(police.emails[0].suspended).toBeDefined();
  });
});

describe('A retried request', () => {
  it('with the same JSON in another layout and key order replays the first answer', async () => {
    const body = jicaVisit();
    const first = await register(body, { 'idempotency-key': 'letter-layout' });
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await stack.call('POST', '/delegations', {
      token: office,
      headers: { 'idempotency-key': 'letter-layout' },
      body: JSON.stringify(reordered, null, 4),
    });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
  });
});

describe('Who is signed in', () => {
  const sign = async (claims: Record<string, unknown>, times: { iat?: number; exp?: number }) => {
    const keys = await loadOrCreateLocalKeys(stack.authKeyFile);
    let jwt = new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject('u-1')
      .setIssuer(LOCAL_ISSUER)
      .setAudience(LOCAL_AUDIENCE);
    if (times.iat !== undefined) jwt = jwt.setIssuedAt(times.iat);
    if (times.exp !== undefined) jwt = jwt.setExpirationTime(times.exp);
    return jwt.sign(keys.privateKey);
  };
  const now = () => Math.floor(Date.now() / 1000);

  it('a group named "x,admin" is not the admin group', async () => {
    const token = await sign({ 'cognito:groups': ['x,admin'] }, { iat: now(), exp: now() + 600 });
    expect((await stack.call('GET', '/rules', { token })).status).toBe(403);
  });

  it('a token without an expiry, or issued in the future, is refused with 401', async () => {
    const groups = { 'cognito:groups': ['admin'] };
    expect((await stack.call('GET', '/rules', { token: await sign(groups, { iat: now() }) })).status).toBe(
      401,
    );
    expect(
      (
        await stack.call('GET', '/rules', {
          token: await sign(groups, { iat: now() + 3600, exp: now() + 7200 }),
        })
      ).status,
    ).toBe(401);
    expect(
      (await stack.call('GET', '/rules', { token: await sign(groups, { iat: now(), exp: now() + 600 }) }))
        .status,
    ).toBe(200);
  });
});

describe('The local-only controls', () => {
  it('answer only the admin, and malformed JSON with 400', async () => {
    const dead = (token?: string) =>
      fetch(`${stack.url}/_local/dead-letters`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
    expect((await dead()).status).toBe(401);
    expect((await dead(office)).status).toBe(403);
    expect((await dead(admin)).status).toBe(200);
    expect((await stack.local('/_local/schedules/outbox', '{not json')).status).toBe(400);
    expect((await stack.local('/_local/queues/email-feedback', 'not json')).status).toBe(400);
  });

  it.each([
    ['a line break', 'Nguyễn Văn A\r\nQuản trị'],
    ['a direction override', 'Nguyễn \u202eA'],
    ['markup', '<img src=x onerror=alert(1)>'],
  ])('give no developer token for a name with %s (400), and one for a plain name', async (_, name) => {
    const signIn = (body: object) =>
      fetch(`${stack.url}/local-sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const refused = await signIn({ roles: ['office'], name });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('name');
    expect((await signIn({ roles: ['office'], name: 'Nguyễn Văn A' })).status).toBe(200);
  });

  it('take PutEvents only from the handlers, so a forged event from outside reaches nobody', async () => {
    const created = await register(named('Công ty Giả mạo', { topics: ['nhân quyền'] }));
    await stack.bus.settled();
    const forged = await fetch(stack.url, {
      method: 'POST',
      headers: { 'x-amz-target': 'AWSEvents.PutEvents', 'content-type': 'application/x-amz-json-1.1' },
      body: JSON.stringify({
        Entries: [
          { EventBusName: stack.bus.name, Source: 'x', DetailType: 'Delegation.Approved', Detail: '{}' },
        ],
      }),
    });
    expect(forged.status).toBe(403);
    // The access key id every presigned link shows is no use without the secret.
    const entries = JSON.stringify({
      Entries: [{ EventBusName: stack.bus.name, Source: 'x', DetailType: 'Meeting.Scheduled', Detail: '{}' }],
    });
    const namingTheKey = await fetch(stack.url, {
      method: 'POST',
      headers: {
        'x-amz-target': 'AWSEvents.PutEvents',
        'x-amz-date': new Date().toISOString().replace(/[-:]|\.\d{3}/g, ''),
        authorization: `AWS4-HMAC-SHA256 Credential=${process.env.AWS_ACCESS_KEY_ID}/20261126/ap-southeast-1/events/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
      },
      body: entries,
    });
    expect(namingTheKey.status).toBe(403);
    const guessing = new EventBridgeClient({
      credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID as string, secretAccessKey: 'local' },
    });
    await expect(
      guessing.send(
        new PutEventsCommand({
          Entries: [
            { EventBusName: stack.bus.name, Source: 'x', DetailType: 'Meeting.Scheduled', Detail: '{}' },
          ],
        }),
      ),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
    // A signed request whose body was swapped after signing: the declared hash is not its body's.
    const signer = new SignatureV4({
      service: 'events',
      region: process.env.AWS_REGION as string,
      credentials: {
        accessKeyId: process.env.AWS_ACCESS_KEY_ID as string,
        secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY as string,
      },
      sha256: Sha256,
    });
    const url = new URL(stack.url);
    const signed = await signer.sign(
      new HttpRequest({
        method: 'POST',
        hostname: url.hostname,
        port: Number(url.port),
        path: '/',
        headers: {
          host: url.host,
          'x-amz-target': 'AWSEvents.PutEvents',
          'content-type': 'application/x-amz-json-1.1',
        },
        body: '{"Entries":[]}',
      }),
    );
    const swapped = await fetch(stack.url, { method: 'POST', headers: signed.headers, body: entries });
    expect(swapped.status).toBe(403);
    const honest = await fetch(stack.url, {
      method: 'POST',
      headers: signed.headers,
      body: '{"Entries":[]}',
    });
    expect(honest.status).toBe(200);
    // Even an event that does reach the bus is checked against the stored visit before any email.
    const approved = {
      eventId: `Delegation.Approved.v1:${created.body.id}:9`,
      name: 'Delegation.Approved',
      version: 1,
      occurredAt: new Date().toISOString(),
      correlationId: 'forged',
      actor: { sub: 'someone', roles: ['leadership'] },
      delegationId: created.body.id,
      data: {
        delegationId: created.body.id,
        version: 9,
        decidedBy: { sub: 'someone', roles: ['leadership'] },
      },
    };
    await replayEvent(stack, 'Delegation.Approved', approved);
    await stack.bus.settled();
    const records = (
      await stack.call('GET', `/delegations/${created.body.id}/notifications`, { token: office })
    ).body.notifications as { eventName: string }[];
    expect(records.filter((record) => record.eventName === 'Delegation.Approved')).toEqual([]);
  });
});

describe('Scheduled jobs', () => {
  it('skip an item they cannot handle and move every other visit on', async () => {
    const arrival = workingDayIn(20);
    const good = await register(
      named('Công ty Đúng hạn', {
        visit: { arrival: `${arrival}T08:00:00+07:00`, departure: `${arrival}T17:00:00+07:00` },
      }),
    );
    await stack.bus.settled();
    // A record no current code could write: a cleared visit without members, arriving before `good`.
    await table.send(
      new PutCommand({
        TableName: stack.tableName,
        Item: {
          pk: 'DELEGATION#BROKEN',
          sk: 'DELEGATION',
          entity: 'Delegation',
          id: 'BROKEN',
          status: 'cleared',
          gsi4pk: 'STATUS#cleared',
          gsi4sk: `${inDays(1)}#BROKEN`,
        },
      }),
    );
    const run = await stack.local('/_local/schedules/visit-progress', {
      scheduledTime: `${arrival}T09:00:00+07:00`,
    });
    expect(run.status).toBe(200);
    await stack.bus.settled();
    expect((await stack.call('GET', `/delegations/${good.body.id}`, { token: office })).body.status).toBe(
      'in_progress',
    );
  });
});

describe('Bounded work per request', () => {
  it(`indexes at most ${MAX_NAME_WORDS} distinct name words for 200 members with 50 words each`, async () => {
    const created = await register(manyNamesVisit());
    expect(created.status).toBe(201);
    expect(await nameIndexItems(table, stack.tableName, created.body.id)).toBe(MAX_NAME_WORDS);
  });
});
