import type * as z from 'zod';
import { routeContract } from '../../http/contract';
import { directoryView } from '../responses/directories';

/** GET of a directory list (rooms, officials, divisions, agencies), with its version as ETag. */
export const directoryListContract = <T extends z.ZodType>(items: T, summary: string) =>
  routeContract({
    summary,
    ok: { status: 200, schema: directoryView(items), description: 'The list (ETag = its version)' },
    ifMatch: 'none',
    idempotencyKey: 'none',
    etag: (list) => list.version,
  });

/**
 * PUT replaces the whole list and requires If-Match with the version read: a list is edited as a
 * whole, so a PUT from a stale copy would silently undo another admin's change or a suspension
 * that bounce feedback set after the read (412 instead; 428 without If-Match).
 */
export const directoryReplaceContract = <T extends z.ZodType>(items: T, summary: string) =>
  routeContract({
    summary,
    body: items,
    ok: { status: 200, schema: directoryView(items), description: 'The saved list (ETag = its version)' },
    ifMatch: 'required',
    idempotencyKey: 'none',
    etag: (list) => list.version,
  });
