import type * as z from 'zod';
import { InvalidChangeError } from '../domain/errors';
import type { FunctionSpec, HttpTrigger } from '../manifest';
import type { DirectoryStore } from '../use-cases/ports/directory';
import type { RouteContract } from './contract';
import { httpRoute } from './route';

/** GET of a directory list (rooms, officials, divisions, agencies). */
export const listDirectory = <T>(
  spec: FunctionSpec<HttpTrigger>,
  contract: RouteContract,
  directory: DirectoryStore<T>,
) => httpRoute(spec, contract, () => directory.get());

/**
 * PUT of a whole directory list, on the version read (If-Match). With `idOf`, a code once saved by
 * admin is fixed: meetings, registrations and notices refer to it, so an entry is retired
 * (active: false), never removed or renamed.
 */
export const replaceDirectory = <T>(
  spec: FunctionSpec<HttpTrigger>,
  contract: RouteContract<undefined, undefined, z.ZodType<T[]>, z.ZodType, 'required'>,
  directory: DirectoryStore<T>,
  idOf?: (item: T) => string,
) =>
  httpRoute(spec, contract, async (request) => {
    const stored = idOf ? await directory.get() : undefined;
    // The shipped placeholders (version 0) are replaced freely: admin's first save sets the real list.
    // A stale copy is refused for being stale (412) by the write below, whatever it holds.
    if (idOf && stored && stored.version > 0 && stored.version === request.expectedVersion) {
      const kept = new Set(request.body.map(idOf));
      const dropped = stored.items.map(idOf).filter((id) => !kept.has(id));
      if (dropped.length > 0)
        throw new InvalidChangeError('A saved code cannot be removed or changed.', {
          issues: dropped.map((id) => ({
            path: '(root)',
            message: `The code "${id}" is in use and fixed: keep it, and switch the entry off to retire it`,
          })),
        });
    }
    return directory.replace(request.body, request.expectedVersion);
  });
