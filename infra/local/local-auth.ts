/**
 * Local stand-in for Cognito: an ES256 key pair kept in .data/local-auth.json (created on first use,
 * never committed) signs tokens with the same claims Cognito puts in an ID token. The local gateway
 * verifies them the way API Gateway's JWT authorizer does, then hands the claims to the handlers.
 */
import type { webcrypto } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import type { Role } from '../../shared/manifest';

export const LOCAL_ISSUER = 'urn:local:delegations-auth';
export const LOCAL_AUDIENCE = 'delegations-local';
const ALGORITHM = 'ES256';

type CryptoKey = webcrypto.CryptoKey;

export interface LocalKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

export async function generateLocalKeys(): Promise<LocalKeys> {
  return generateKeyPair(ALGORITHM, { extractable: true });
}

/** Reads the key pair, creating it on first use; the server and the token command share it. */
export async function loadOrCreateLocalKeys(file: string): Promise<LocalKeys> {
  if (existsSync(file)) {
    const jwk = JSON.parse(readFileSync(file, 'utf8')) as JWK;
    const { d: _private, ...publicJwk } = jwk;
    return {
      privateKey: (await importJWK(jwk, ALGORITHM)) as CryptoKey,
      publicKey: (await importJWK(publicJwk, ALGORITHM)) as CryptoKey,
    };
  }
  const keys = await generateLocalKeys();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(await exportJWK(keys.privateKey)), { mode: 0o600 });
  return keys;
}

export interface TokenOptions {
  roles: readonly Role[];
  sub?: string;
  username?: string;
  /** The person's name, as Cognito's `name` attribute gives it. */
  name?: string;
  expiresIn?: string | number;
  audience?: string;
}

export async function signLocalToken(privateKey: CryptoKey, options: TokenOptions): Promise<string> {
  const username = options.username ?? `local-${options.roles.join('-') || 'user'}`;
  return new SignJWT({
    'cognito:groups': [...options.roles],
    'cognito:username': username,
    ...(options.name ? { name: options.name } : {}),
    token_use: 'id',
  })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(options.sub ?? username)
    .setIssuer(LOCAL_ISSUER)
    .setAudience(options.audience ?? LOCAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '12h')
    .sign(privateKey);
}

/**
 * Throws when the signature, issuer, audience or expiry is wrong, when `exp` is missing, or when
 * `iat` is missing or in the future, as API Gateway's JWT authorizer does.
 */
export async function verifyLocalToken(publicKey: CryptoKey, token: string): Promise<JWTPayload> {
  const { payload } = await jwtVerify(token, publicKey, {
    issuer: LOCAL_ISSUER,
    audience: LOCAL_AUDIENCE,
    algorithms: [ALGORITHM],
    requiredClaims: ['exp', 'iat'],
    // Makes jose check `iat` (a token issued in the future is refused); any age up to a year passes.
    maxTokenAge: '365d',
  });
  return payload;
}

/** API Gateway passes every claim to Lambda as a string; arrays become "[a b]". */
export function asAuthorizerClaims(payload: JWTPayload): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value)
        ? `[${value.join(' ')}]`
        : typeof value === 'object'
          ? JSON.stringify(value)
          : String(value),
    ]),
  );
}
