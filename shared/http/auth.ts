import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type { Actor } from '../domain/actor';
import { roles as knownRoles, type Role } from '../manifest';
import { HttpError } from './errors';

type Claims = Record<string, unknown>;

/**
 * Cognito puts the user's groups in `cognito:groups`, an array. API Gateway's JWT authorizer hands
 * array claims to Lambda as a string like "[office leadership]" (names joined by one space;
 * Cognito group names hold no white space). Only whole names count: "x,admin" is not admin.
 */
export function groupsOf(claims: Claims): string[] {
  const raw = claims['cognito:groups'];
  if (Array.isArray(raw)) return raw.filter((group): group is string => typeof group === 'string');
  if (typeof raw !== 'string') return [];
  const listed = /^\[(.*)\]$/s.exec(raw);
  if (!listed) return raw === '' ? [] : [raw];
  return (listed[1] ?? '').split(' ').filter(Boolean);
}

export function actorFromClaims(claims: Claims | undefined): Actor | undefined {
  const sub = claims?.sub;
  if (!claims || typeof sub !== 'string' || sub === '') return undefined;
  const username = claims['cognito:username'] ?? claims.username;
  const name = claims.name;
  return {
    sub,
    username: typeof username === 'string' ? username : undefined,
    ...(typeof name === 'string' && name.trim() ? { name: name.trim().slice(0, 200) } : {}),
    roles: groupsOf(claims).filter((group): group is Role =>
      (knownRoles as readonly string[]).includes(group),
    ),
  };
}

/** The signed-in actor, if one of their roles is allowed; 401 without a verified identity, 403 otherwise. */
export function authorize(event: APIGatewayProxyEventV2WithJWTAuthorizer, allowed: readonly Role[]): Actor {
  const actor = actorFromClaims(event.requestContext.authorizer?.jwt?.claims);
  if (!actor)
    throw new HttpError(
      401,
      'unauthenticated',
      'Sign in and send the token as "Authorization: Bearer <token>".',
    );
  if (!actor.roles.some((role) => (allowed as readonly string[]).includes(role))) {
    throw new HttpError(403, 'forbidden', `This action needs one of the roles: ${allowed.join(', ')}.`, {
      requiredRoles: allowed,
      yourRoles: actor.roles,
    });
  }
  return actor;
}
