import type { HeaderUse } from './contract';
import { HttpError } from './errors';
import { type HttpEvent, header } from './request';

/**
 * The version a client expects, from `If-Match: "3"` (the ETag we send), as the route's contract
 * reads it. Edits require it, so that two officers editing the same registration never overwrite
 * each other silently; a route that ignores it ignores it whatever it says.
 */
export function expectedVersion(event: HttpEvent, use: HeaderUse): number | undefined {
  if (use === 'none') return undefined;
  const value = header(event, 'if-match');
  if (value === undefined) {
    if (use === 'optional') return undefined;
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
