/**
 * Who is signed in. Tokens live in session storage (gone when the tab closes), never in local
 * storage. Locally a developer picks roles and the local stack signs a token; in AWS the Cognito
 * managed login (authorization code + PKCE, oidc-client-ts) signs the user in and renews silently.
 */
import type { UserManager } from 'oidc-client-ts';
import type { Role } from '../../shared/manifest';
import type { ConsoleConfig } from './config';

export type { Role };
export const ROLES: readonly Role[] = ['office', 'leadership', 'admin', 'information-centre'];

export interface Session {
  token: string;
  roles: Role[];
  name: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

const KEY = 'delegations.session';

function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0))));
}

export function sessionOf(token: string): Session {
  const claims = claimsOf(token);
  const groups = (claims['cognito:groups'] as string[] | undefined) ?? [];
  return {
    token,
    roles: ROLES.filter((role) => groups.includes(role)),
    name: String(claims.name ?? claims.email ?? claims['cognito:username'] ?? claims.sub ?? ''),
    expiresAt: Number(claims.exp ?? 0),
  };
}

let userManager: UserManager | undefined;

/** The OIDC client, loaded only where the console signs in with Cognito (not on the local stack). */
async function cognitoManager(config: ConsoleConfig): Promise<UserManager> {
  if (!config.cognito) throw new Error('config.json names no user pool');
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  userManager ??= new UserManager({
    authority: config.cognito.authority,
    client_id: config.cognito.clientId,
    // The callback and sign-out addresses the user pool's client allows (infra/constructs/sign-in.ts).
    redirect_uri: `${location.origin}/auth/callback`,
    post_logout_redirect_uri: `${location.origin}/`,
    response_type: 'code',
    scope: 'openid email profile',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: sessionStorage }),
  });
  return userManager;
}

export function storedSession(): Session | null {
  const token = sessionStorage.getItem(KEY);
  if (!token) return null;
  const session = sessionOf(token);
  return session.expiresAt * 1000 > Date.now() ? session : null;
}

function keep(token: string): Session {
  sessionStorage.setItem(KEY, token);
  return sessionOf(token);
}

/** The local stack's developer sign-in: a token for the chosen roles. */
export async function localSignIn(roles: Role[], name: string): Promise<Session> {
  const response = await fetch('./local-sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ roles, name }),
  });
  if (!response.ok) throw new Error(`Đăng nhập thử không thành công (${response.status})`);
  const { token } = (await response.json()) as { token: string };
  return keep(token);
}

export async function cognitoSignIn(config: ConsoleConfig): Promise<void> {
  await (await cognitoManager(config)).signinRedirect();
}

/** Finishes a Cognito sign-in when the page is the redirect back (`?code=…`). */
export async function completeCognitoSignIn(config: ConsoleConfig): Promise<Session | null> {
  if (config.auth !== 'cognito') return null;
  const manager = await cognitoManager(config);
  // A silent renewal keeps the session going with the new token.
  manager.events.addUserLoaded((user) => {
    if (user.id_token) keep(user.id_token);
  });
  if (new URLSearchParams(location.search).has('code')) {
    const user = await manager.signinRedirectCallback();
    history.replaceState(null, '', '/');
    return user.id_token ? keep(user.id_token) : null;
  }
  const user = await manager.getUser();
  return user?.id_token && !user.expired ? keep(user.id_token) : null;
}

export async function signOut(config: ConsoleConfig): Promise<void> {
  sessionStorage.removeItem(KEY);
  if (config.auth === 'cognito' && config.cognito) {
    await (await cognitoManager(config)).removeUser();
    const logout = new URL('/logout', `https://${config.cognito.domain}`);
    logout.searchParams.set('client_id', config.cognito.clientId);
    logout.searchParams.set('logout_uri', `${location.origin}/`);
    location.assign(logout.toString());
  }
}
