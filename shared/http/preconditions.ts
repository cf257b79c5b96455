import { HttpError } from './errors';
import { type HttpEvent, header } from './request';

/**
 * The version a client expects, from `If-Match: "3"` (the ETag we send). Required for edits so
 * that two officers editing the same registration never overwrite each other silently.
 */
export function expectedVersion(event: HttpEvent, required: true): number;
export function expectedVersion(event: HttpEvent, required: false): number | undefined;
export function expectedVersion(event: HttpEvent, required: boolean): number | undefined {
  const value = header(event, 'if-match');
  if (value === undefined) {
    if (!required) return undefined;
    throw new HttpError(
      428,
      'precondition_required',
      'Send If-Match with the ETag of the version you edited, e.g. If-Match: "3".',
    );
  }
  const match = /^(?:W\/)?"?(\d{1,9})"?$/.exec(value.trim());
  if (!match?.[1])
    throw new HttpError(400, 'invalid_if_match', 'If-Match must be the ETag this API returned, e.g. "3".');
  return Number(match[1]);
}

export const etagOf = (version: number) => `"${version}"`;
