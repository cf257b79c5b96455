import { InvalidCursorError } from '../domain/errors';

/** A DynamoDB key attribute as this API writes them: a non-empty string within the 1,024-byte key limit. */
export const isKeyValue = (value: unknown): value is string =>
  typeof value === 'string' && value !== '' && Buffer.byteLength(value, 'utf8') <= 1024;

/** Opaque to clients: base64url of the DynamoDB key where the next page starts. */
export const encodeCursor = (key: Record<string, unknown>): string =>
  Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

/**
 * Decodes a cursor and checks that it points into the partition being read, so that a tampered
 * cursor is a 400 and can never be used to read another delegation's items.
 */
export function decodeCursor(
  cursor: string,
  expected: { pk: string; skPrefix: string },
): Record<string, string> {
  const invalid = new InvalidCursorError('The cursor is not one this API returned; start again without it.');
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw invalid;
  const { pk, sk, ...rest } = key as Record<string, unknown>;
  if (
    pk !== expected.pk ||
    !isKeyValue(sk) ||
    !sk.startsWith(expected.skPrefix) ||
    sk === expected.skPrefix ||
    Object.keys(rest).length > 0
  ) {
    throw invalid;
  }
  return { pk, sk };
}
