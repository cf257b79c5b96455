import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateLocalKeys, signLocalToken } from '../../infra/local/local-auth';
import { functionSpecs, isHttp, type Role, roles } from '../../shared/manifest';
import { startTestStack, type TestStack } from '../support/local-stack';

/**
 * Who may call what, written out by hand: the manifest must match it route for route, so a new
 * route cannot appear without someone deciding who may use it.
 */
const expected: Record<string, readonly Role[]> = {
  'POST /delegations': ['office'],
  'GET /delegations': ['office', 'leadership'],
  'GET /delegations/{id}': ['office', 'leadership'],
  'PATCH /delegations/{id}': ['office'],
  'GET /delegations/{id}/timeline': ['office', 'leadership'],
  'GET /delegations/{id}/compliance': ['office', 'leadership'],
  'POST /delegations/{id}/decision': ['leadership'],
  'POST /delegations/{id}/cancel': ['office'],
  'GET /rules': ['office', 'leadership', 'admin'],
  'POST /delegations/{id}/meetings': ['office'],
  'GET /delegations/{id}/meetings': ['office', 'leadership'],
  'PATCH /delegations/{id}/meetings/{meetingId}': ['office'],
  'DELETE /delegations/{id}/meetings/{meetingId}': ['office'],
  'POST /delegations/{id}/meetings/{meetingId}/secrecy-approval': ['leadership'],
  'GET /availability': ['office', 'leadership'],
  'GET /rooms': ['office', 'leadership', 'admin'],
  'PUT /rooms': ['admin'],
  'GET /officials': ['office', 'leadership', 'admin'],
  'PUT /officials': ['admin'],
  'GET /delegations/{id}/notifications': ['office', 'leadership'],
  'GET /agencies': ['office', 'leadership', 'admin'],
  'PUT /agencies': ['admin'],
  'GET /reports/summary': ['leadership'],
  'POST /delegations/{id}/visit-report': ['office'],
  'GET /decisions/pending': ['leadership'],
  'GET /divisions': ['office', 'leadership', 'admin'],
  'PUT /divisions': ['admin'],
  'POST /delegations/{id}/approvals': ['office'],
  'GET /calendar/holidays': ['office', 'leadership', 'admin'],
  'GET /reports/visits': ['leadership'],
  'PUT /calendar/holidays/{year}': ['admin'],
  'POST /calendar/holidays/{year}/preview': ['admin'],
  'POST /delegations/{id}/attachments': ['office'],
  'POST /delegations/{id}/attachments/{attachmentId}/confirm': ['office'],
  'GET /delegations/{id}/attachments': ['office', 'leadership'],
  'DELETE /delegations/{id}/attachments/{attachmentId}': ['admin'],
  'GET /delegations/{id}/documents/{kind}': ['office', 'leadership'],
  'GET /reports/documents/periodic': ['office', 'leadership'],
  'POST /delegations/{id}/tasks/{taskKey}/done': ['office'],
  'GET /worklist': ['office', 'leadership'],
  'GET /schedule': ['office', 'leadership'],
  'GET /delegations/{id}/news': ['office', 'leadership', 'information-centre'],
  'POST /delegations/{id}/news': ['office', 'leadership', 'information-centre'],
  'GET /delegations/{id}/news/file': ['office', 'leadership', 'information-centre'],
  'GET /news': ['office', 'leadership', 'information-centre'],
  'GET /external-plan/{year}': ['office', 'leadership'],
  'PUT /external-plan/{year}': ['office'],
  'GET /reports/external-information': ['office', 'leadership'],
};

/**
 * What an allowed role gets for this probe (ids nobody has, an empty JSON body, no query): the
 * route's documented success for lists, else the 4xx its contract gives such a request.
 */
const probeAnswer: Record<string, number> = {
  'POST /delegations': 400,
  'GET /delegations/{id}': 404,
  'GET /delegations/{id}/timeline': 404,
  'PATCH /delegations/{id}': 400,
  'GET /delegations/{id}/compliance': 404,
  'POST /delegations/{id}/decision': 400,
  'POST /delegations/{id}/cancel': 400,
  'GET /rules': 200,
  'POST /delegations/{id}/meetings': 400,
  'PATCH /delegations/{id}/meetings/{meetingId}': 400,
  'DELETE /delegations/{id}/meetings/{meetingId}': 428,
  'GET /delegations/{id}/meetings': 404,
  'POST /delegations/{id}/meetings/{meetingId}/secrecy-approval': 400,
  'GET /availability': 400,
  'GET /rooms': 200,
  'PUT /rooms': 400,
  'GET /officials': 200,
  'PUT /officials': 400,
  'GET /delegations/{id}/notifications': 404,
  'GET /agencies': 200,
  'PUT /agencies': 400,
  'GET /delegations': 200,
  'GET /reports/summary': 400,
  'GET /decisions/pending': 200,
  'POST /delegations/{id}/visit-report': 400,
  'GET /divisions': 200,
  'PUT /divisions': 400,
  'POST /delegations/{id}/approvals': 400,
  'GET /calendar/holidays': 200,
  'GET /reports/visits': 400,
  'PUT /calendar/holidays/{year}': 400,
  'POST /calendar/holidays/{year}/preview': 400,
  'POST /delegations/{id}/attachments': 400,
  'POST /delegations/{id}/attachments/{attachmentId}/confirm': 404,
  'GET /delegations/{id}/attachments': 404,
  // Sent without a body, so without its JSON content type.
  'DELETE /delegations/{id}/attachments/{attachmentId}': 415,
  'GET /delegations/{id}/documents/{kind}': 404,
  'GET /reports/documents/periodic': 400,
  // An empty note is a valid body: the missing If-Match is what is refused first.
  'POST /delegations/{id}/tasks/{taskKey}/done': 428,
  'GET /worklist': 200,
  // No range given.
  'GET /schedule': 400,
  'GET /delegations/{id}/news': 404,
  // An empty body names no step.
  'POST /delegations/{id}/news': 400,
  'GET /delegations/{id}/news/file': 404,
  // No year given.
  'GET /news': 400,
  // A year nobody saved: its empty plan, version 0.
  'GET /external-plan/{year}': 200,
  // An empty plan is a valid body: the missing If-Match is what is refused first.
  'PUT /external-plan/{year}': 428,
  // No year given.
  'GET /reports/external-information': 400,
};

const routes = functionSpecs.filter(isHttp).map((spec) => ({
  key: `${spec.trigger.method} ${spec.trigger.path}`,
  method: spec.trigger.method,
  path: spec.trigger.path
    .replace('{id}', '01UNKNOWN')
    .replace('{meetingId}', '01MEETING')
    .replace('{year}', '2027')
    .replace('{attachmentId}', '01ATTACHMENT')
    .replace('{kind}', 'proposal')
    .replace('{taskKey}', 'GUEST_LIST_TO_POLICE'),
  allowed: spec.trigger.roles,
}));

let stack: TestStack;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  stack = await startTestStack();
  for (const role of roles) tokens[role] = await stack.token(role);
  tokens.expired = await stack.token('office', { expiresIn: Math.floor(Date.now() / 1000) - 1 });
  tokens.otherKey = await signLocalToken((await generateLocalKeys()).privateKey, { roles: [...roles] });
  tokens.otherAudience = await stack.token([...roles], { audience: 'some-other-app' });
});
afterAll(() => stack?.stop());

const call = (route: (typeof routes)[number], token?: string) =>
  stack.call(route.method, route.path, {
    token,
    body: ['POST', 'PUT', 'PATCH'].includes(route.method) ? {} : undefined,
  });

describe('The role matrix', () => {
  it('has an entry for every route in the manifest, with the same roles', () => {
    expect(Object.fromEntries(routes.map((route) => [route.key, [...route.allowed].sort()]))).toEqual(
      Object.fromEntries(Object.entries(expected).map(([key, allowed]) => [key, [...allowed].sort()])),
    );
  });

  describe.each(routes)('$key', (route) => {
    it.each(roles)('as %s', async (role) => {
      const answer = await call(route, tokens[role]);
      if (expected[route.key]?.includes(role)) expect(answer.status).toBe(probeAnswer[route.key]);
      else {
        expect(answer.status).toBe(403);
        expect(answer.body.error.code).toBe('forbidden');
      }
    });

    it.each(['no token', 'expired', 'otherKey', 'otherAudience'])('with %s: 401', async (kind) => {
      const answer = await call(route, kind === 'no token' ? undefined : tokens[kind]);
      expect(answer.status).toBe(401);
    });
  });
});
