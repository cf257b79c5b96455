import type * as z from 'zod';
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

/** PUT of a whole directory list, on the version read (If-Match). */
export const replaceDirectory = <T>(
  spec: FunctionSpec<HttpTrigger>,
  contract: RouteContract<undefined, undefined, z.ZodType<T[]>, z.ZodType, 'required'>,
  directory: DirectoryStore<T>,
) => httpRoute(spec, contract, (request) => directory.replace(request.body, request.expectedVersion));
