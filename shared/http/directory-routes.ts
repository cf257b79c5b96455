import type * as z from 'zod';
import type { FunctionSpec, HttpTrigger } from '../manifest';
import type { DirectoryStore } from '../use-cases/ports/directory';
import { etagOf, expectedVersion } from './preconditions';
import { httpRoute } from './route';

/** GET of a directory list (rooms, officials, agencies), with its version as ETag. */
export const listDirectory = <T>(spec: FunctionSpec<HttpTrigger>, directory: DirectoryStore<T>) =>
  httpRoute(spec, {}, async () => {
    const { items, version } = await directory.get();
    return { statusCode: 200, body: { items, version }, headers: { etag: etagOf(version) } };
  });

/**
 * PUT replaces the whole list and requires If-Match with the version read: a list is edited as a
 * whole, so a PUT from a stale copy would silently undo another admin's change or a suspension
 * that bounce feedback set after the read (412 instead; 428 without If-Match).
 */
export const replaceDirectory = <T>(
  spec: FunctionSpec<HttpTrigger>,
  directory: DirectoryStore<T>,
  schema: z.ZodType<T[]>,
) =>
  httpRoute(spec, { body: schema }, async (request) => {
    const saved = await directory.replace(request.body as T[], expectedVersion(request.event, true));
    return { statusCode: 200, body: saved, headers: { etag: etagOf(saved.version) } };
  });
