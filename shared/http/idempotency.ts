import { createHash } from 'node:crypto';
import { ulid } from 'ulid';
import type { Claim, StoredResponse } from '../adapters/idempotency-store';
import type { Actor } from '../domain/actor';
import { HttpError } from './errors';
import { type HttpEvent, header } from './request';

const KEY_PATTERN = /^[\x21-\x7e]{1,128}$/;

/** JSON with object keys sorted at every level: the same request in other whitespace or key order. */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, inner) =>
      inner && typeof inner === 'object' && !Array.isArray(inner)
        ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : inner,
    ) ?? ''
  );
}

/** Where the first answer to each key is kept (DynamoIdempotencyStore). */
export interface IdempotencyStore {
  claim(scope: string, key: string, fingerprint: string, newResourceId: string, now: Date): Promise<Claim>;
  complete(scope: string, key: string, response: StoredResponse): Promise<void>;
  release(scope: string, key: string): Promise<void>;
}

/**
 * How a repeat of a completed request is answered: with the first answer as stored, or by running
 * again on the same resource (for answers that age, such as a presigned link valid 15 minutes).
 */
export type Replay = 'stored' | 'rerun';

/**
 * Honours the `Idempotency-Key` header: the first request with a key runs, a repeat with the same
 * body gets the first answer back (or a fresh one on the same resource), a repeat with another body
 * is refused. Without a key, runs once.
 */
export async function idempotent(
  request: { event: HttpEvent; actor: Actor; body: unknown },
  store: IdempotencyStore,
  operation: string,
  run: (resourceId: string) => Promise<StoredResponse>,
  replay: Replay = 'stored',
): Promise<StoredResponse> {
  const key = header(request.event, 'idempotency-key');
  if (key === undefined) return run(ulid());
  if (!KEY_PATTERN.test(key)) {
    throw new HttpError(
      400,
      'invalid_idempotency_key',
      'An Idempotency-Key is 1 to 128 visible ASCII characters.',
    );
  }
  const scope = `${operation}#${request.actor.sub}`;
  const fingerprint = createHash('sha256').update(canonicalJson(request.body)).digest('base64url');
  const claim = await store.claim(scope, key, fingerprint, ulid(), new Date());
  switch (claim.kind) {
    case 'completed': {
      const response = replay === 'rerun' ? await run(claim.resourceId) : claim.response;
      return { ...response, headers: { ...response.headers, 'idempotent-replayed': 'true' } };
    }
    case 'in_progress':
      throw new HttpError(
        409,
        'idempotency_key_in_use',
        'A request with this Idempotency-Key is still running; retry in a few seconds.',
      );
    case 'mismatch':
      throw new HttpError(
        422,
        'idempotency_key_reused',
        'This Idempotency-Key was already used with a different body.',
      );
  }
  let result: StoredResponse;
  try {
    result = await run(claim.resourceId);
  } catch (error) {
    await store.release(scope, key).catch(() => undefined);
    throw error;
  }
  await store.complete(scope, key, result);
  return result;
}
