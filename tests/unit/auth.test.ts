import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { actorFromClaims, authorize, groupsOf } from '../../shared/http/auth';
import type { HttpError } from '../../shared/http/errors';

const eventWith = (claims?: Record<string, string>) =>
  ({
    requestContext: { authorizer: claims ? { jwt: { claims, scopes: [] } } : undefined },
  }) as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

describe('Reading roles from Cognito claims', () => {
  it('reads groups as API Gateway hands them over ("[office leadership]")', () => {
    expect(groupsOf({ 'cognito:groups': '[office leadership]' })).toEqual(['office', 'leadership']);
  });

  it('reads groups as a JSON array too', () => {
    expect(groupsOf({ 'cognito:groups': ['admin'] })).toEqual(['admin']);
  });

  it('ignores groups that are not roles of this system', () => {
    expect(actorFromClaims({ sub: 'u1', 'cognito:groups': '[office ke-toan]' })?.roles).toEqual(['office']);
  });

  it.each([
    ['an array holding "x,admin"', ['x,admin']],
    ['the authorizer string "[x,admin]"', '[x,admin]'],
    ['a bare string "x,admin"', 'x,admin'],
    ['"[admin-x]"', '[admin-x]'],
  ])('never reads admin out of a group name that only contains it: %s', (_, groups) => {
    expect(actorFromClaims({ sub: 'u1', 'cognito:groups': groups })?.roles).toEqual([]);
  });

  it('has no actor without a subject', () => {
    expect(actorFromClaims({ 'cognito:groups': '[office]' })).toBeUndefined();
  });
});

describe('Authorising a request', () => {
  const status = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return (error as HttpError).statusCode;
    }
    return 200;
  };

  it('answers 401 when no verified identity reached the function', () => {
    expect(status(() => authorize(eventWith(), ['office']))).toBe(401);
  });

  it('answers 403 when none of the roles is allowed', () => {
    expect(
      status(() => authorize(eventWith({ sub: 'u', 'cognito:groups': '[leadership]' }), ['office'])),
    ).toBe(403);
  });

  it('lets an allowed role through and says who acted', () => {
    const actor = authorize(
      eventWith({ sub: 'u', 'cognito:username': 'lan', 'cognito:groups': '[office]' }),
      ['office'],
    );
    expect(actor).toEqual({ sub: 'u', username: 'lan', roles: ['office'] });
  });
});
