import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseStoredItem, storedItemParsers } from '../../shared/adapters/stored-items';
import { functionSpecs, isHttp } from '../../shared/manifest';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';

/** Generated requests per route; CI runs the full 2,000. */
const RUNS = Number(process.env.PROPERTY_RUNS ?? 2000);
const PARALLEL = 16;

let stack: TestStack;
let token: string;
const known = { id: '', meetingId: '' };
const day = workingDayIn(40);

beforeAll(async () => {
  stack = await startTestStack();
  token = await stack.token(['office', 'leadership', 'admin']);
  await stack.call('PUT', '/rooms', {
    token,
    headers: { 'if-match': '"0"' },
    body: [{ id: 'phong-1', name: 'Phòng 1' }],
  });
  // A corrected holiday year, so that its stored kind is read back below too.
  await stack.call('PUT', '/calendar/holidays/2030', {
    token,
    headers: { 'if-match': '"0"' },
    body: { official: false, notice: 'Dự kiến', daysOff: ['2030-01-01'], makeUpWorkingDays: [] },
  });
  const created = await stack.call('POST', '/delegations', {
    token,
    headers: { 'idempotency-key': 'known-delegation' },
    body: jicaVisit({ visit: { arrival: `${day}T08:00:00+07:00`, departure: `${day}T17:00:00+07:00` } }),
  });
  known.id = created.body.id;
  await stack.bus.settled();
  const meeting = await stack.call('POST', `/delegations/${known.id}/meetings`, {
    token,
    body: {
      title: 'Làm việc',
      start: `${day}T09:00:00+07:00`,
      end: `${day}T10:00:00+07:00`,
      roomId: 'phong-1',
    },
  });
  known.meetingId = meeting.body.id;
}, 60_000);
afterAll(() => stack?.stop());

/** A valid body per route, for mutation: most generated requests are near misses of real ones. */
const validBodies: Record<string, unknown> = {
  'POST /delegations': jicaVisit(),
  'PATCH /delegations/{id}': { purpose: 'Updated purpose', topics: ['AI'] },
  'POST /delegations/{id}/decision': { decision: 'approve', note: 'ok' },
  'POST /delegations/{id}/cancel': { reason: 'Postponed' },
  'POST /delegations/{id}/meetings': {
    title: 'Họp',
    start: `${day}T14:00:00+07:00`,
    end: `${day}T15:00:00+07:00`,
    roomId: 'phong-1',
  },
  'PATCH /delegations/{id}/meetings/{meetingId}': {
    start: `${day}T13:30:00+07:00`,
    end: `${day}T14:00:00+07:00`,
  },
  'POST /delegations/{id}/meetings/{meetingId}/secrecy-approval': { reference: '12/SKHCN' },
  'PUT /rooms': [{ id: 'phong-1', name: 'Phòng 1' }],
  'PUT /officials': [{ id: 'giam-doc', fullName: 'Nguyễn Văn An', title: 'Giám đốc', unit: 'Ban Giám đốc' }],
  'PUT /agencies': [
    { key: 'police', name: 'Công an tỉnh', emails: [{ address: 'police@hungyen.example.gov.vn' }] },
  ],
  'POST /delegations/{id}/visit-report': { summary: 'Good visit' },
};

const nasty = fc.oneof(
  fc.constantFrom(
    null,
    true,
    -1,
    0,
    1e308,
    '',
    ' ',
    '2024-02-30',
    '2024-02-30T10:00:00+07:00',
    '9999-99-99',
    '__proto__',
    'constructor',
  ),
  fc.string({ maxLength: 50, unit: 'binary' }),
  fc.integer({ min: 1, max: 5000 }).map((n) => 'x'.repeat(n * 60)),
  fc.array(fc.jsonValue(), { maxLength: 300 }),
  fc.jsonValue({ maxDepth: 6 }),
  fc.constant({ __proto__: { polluted: true } }),
);

/** Replaces one value somewhere in a valid body with something wrong. */
function mutate(body: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof body !== 'object' || body === null) return replacement;
  const keys = Object.keys(body);
  if (keys.length === 0) return replacement;
  const key = keys[(path[0] ?? 0) % keys.length] as string;
  const copy: Record<string, unknown> = Array.isArray(body) ? ([...body] as never) : { ...body };
  copy[key] = mutate((body as Record<string, unknown>)[key], path.slice(1), replacement);
  return copy;
}

const bodyFor = (routeKey: string) => {
  const valid = validBodies[routeKey] ?? {};
  return fc.oneof(
    fc
      .tuple(fc.array(fc.nat(), { maxLength: 5 }), nasty)
      .map(([path, value]) => JSON.stringify(mutate(valid, path, value))),
    fc.jsonValue({ maxDepth: 8 }).map((value) => JSON.stringify(value)),
    fc.string({ maxLength: 200 }),
    fc.integer({ min: 1, max: 2000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
    fc.constant(
      `{"__proto__":{"admin":true},"constructor":{"prototype":{"x":1}},${JSON.stringify(valid).slice(1)}`,
    ),
    fc.constant(JSON.stringify(valid).replace(/"[^"]*"/, '"\\ud800"')),
    fc.constant(
      JSON.stringify({
        ...(valid as object),
        visit: { arrival: '2026-12-15T08:00:00+07:00', departure: '2026-12-14T08:00:00+07:00' },
      }),
    ),
  );
};

const segment = (value: string) =>
  fc.oneof(
    fc.constant(value),
    fc.string({ maxLength: 80 }).map(encodeURIComponent),
    fc.constantFrom('%', '%00', '..', '%2F', 'x'.repeat(500), '%F0%9F%99%82'),
  );

const headers = fc.record(
  {
    'content-type': fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data',
      'application/vnd.api+json',
      'application/json;;;',
    ),
    'idempotency-key': fc.oneof(
      fc.string({ minLength: 1, maxLength: 40, unit: fc.constantFrom(...'abcXYZ019-_:'.split('')) }),
      fc.constant('x'.repeat(200)),
    ),
    'if-match': fc.constantFrom('"1"', '"2"', '*', 'W/"3"', 'garbage', '"99999999999"'),
    'x-correlation-id': fc.constantFrom('letter-1', 'a b c', 'x'.repeat(300)),
  },
  { requiredKeys: ['content-type'] },
);

const query = fc.oneof(
  fc.constant(''),
  fc
    .dictionary(
      fc.constantFrom(
        'limit',
        'cursor',
        'from',
        'to',
        'country',
        'status',
        'topic',
        'q',
        'groupBy',
        'format',
        'date',
        'roomId',
        'officialIds',
        'partnerType',
      ),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom('-1', '0', '1000', '2024-02-30', 'JP', 'csv', 'xlsx', 'quarter', 'eyJ4IjoxfQ'),
      ),
    )
    .map((params) => new URLSearchParams(params).toString()),
);

const routes = functionSpecs.filter(isHttp).map((spec) => ({
  key: `${spec.trigger.method} ${spec.trigger.path}`,
  method: spec.trigger.method,
  path: spec.trigger.path,
}));

describe('Generated bad input never causes a 5xx', () => {
  it.each(routes)(
    '$key answers every generated request with less than 500',
    async (route) => {
      const requests = fc.sample(
        fc.record({
          id: segment(known.id),
          meetingId: segment(known.meetingId),
          query,
          headers,
          body: bodyFor(route.key),
          // One request in twenty without a token.
          anonymous: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
        }),
        { numRuns: RUNS, seed: 20261126 },
      );
      const failures: string[] = [];
      for (let start = 0; start < requests.length; start += PARALLEL) {
        await Promise.all(
          requests.slice(start, start + PARALLEL).map(async (request) => {
            const path = route.path.replace('{id}', request.id).replace('{meetingId}', request.meetingId);
            const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
            const response = await fetch(`${stack.url}${path}${request.query ? `?${request.query}` : ''}`, {
              method: route.method,
              headers: {
                ...request.headers,
                ...(request.anonymous ? {} : { authorization: `Bearer ${token}` }),
              },
              body: hasBody ? request.body : undefined,
            });
            await response.arrayBuffer();
            if (response.status >= 500)
              failures.push(`${response.status} ${route.method} ${path} ${request.body.slice(0, 200)}`);
          }),
        );
      }
      expect(failures).toEqual([]);
      // 2,000 requests: the worklist reads every open visit's report for each, on a machine the other
      // test files keep busy.
    },
    90_000,
  );

  it('leaves the server alive and every stored item valid', async () => {
    expect((await fetch(`${stack.url}/health`)).status).toBe(200);
    const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamoUrl }));
    let start: Record<string, unknown> | undefined;
    let checked = 0;
    const kinds = new Set<string>();
    do {
      const page = await client.send(
        new ScanCommand({ TableName: stack.tableName, ExclusiveStartKey: start }),
      );
      for (const item of page.Items ?? []) {
        kinds.add(String(item.entity));
        expect(() => parseStoredItem(item), `${item.entity} ${item.pk} ${item.sk}`).not.toThrow();
        checked++;
      }
      start = page.LastEvaluatedKey;
    } while (start);
    expect(checked).toBeGreaterThan(0);
    // The run wrote every kind of item, so each kind's schema was really exercised.
    expect([...kinds].sort()).toEqual(Object.keys(storedItemParsers).sort());
    client.destroy();
  });
});
