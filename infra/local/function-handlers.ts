/**
 * The very handler modules Lambda runs, loaded from the manifest's entries and grouped by what
 * triggers them: the gateway's routes, the bus's subscribers and queues, the bucket's consumers
 * and the schedules. Each is loaded on its first invocation, as a cold Lambda would be, unless
 * `preload` asks for all of them at start.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type FunctionSpec,
  functionSpecs,
  isBucketConsumer,
  isEventConsumer,
  isHttp,
  isQueueConsumer,
  isScheduled,
} from '../../shared/manifest';
import { type ColdInvocations, coldHandler } from './cold-invocations';
import type { QueueHandler } from './event-bus';
import type { HttpHandler } from './http-gateway';
import { asFunction } from './invocations';
import { recordingResponses } from './response-recorder';

const ROOT = resolve(import.meta.dirname, '../..');

export async function loadFunctions(preload: boolean, cold?: ColdInvocations) {
  const handlerOf = async <T>(spec: FunctionSpec): Promise<T> => {
    const warm = await loadHandler<T>(spec, preload);
    return cold ? (coldHandler(spec.name, warm as never, cold) as T) : warm;
  };
  const routes = await Promise.all(
    functionSpecs.filter(isHttp).map(async (spec) => ({
      spec,
      handler: recordingResponses(spec, await handlerOf<HttpHandler>(spec)),
    })),
  );
  const subscriptions = await Promise.all(
    functionSpecs
      .filter(isEventConsumer)
      .map(async (spec) => ({ spec, handler: await handlerOf<QueueHandler>(spec) })),
  );
  const queues = await Promise.all(
    functionSpecs
      .filter(isQueueConsumer)
      .map(async (spec) => ({ spec, handler: await handlerOf<QueueHandler>(spec) })),
  );
  const bucketConsumers = await Promise.all(
    functionSpecs.filter(isBucketConsumer).map(async (spec) => ({
      spec,
      handler: await handlerOf<(event: object, context: object) => Promise<unknown>>(spec),
    })),
  );
  const scheduled = await Promise.all(
    functionSpecs.filter(isScheduled).map(async (spec) => ({
      spec,
      handler: await handlerOf<(event: object, context: object) => Promise<unknown>>(spec),
    })),
  );
  return { routes, subscriptions, queues, bucketConsumers, scheduled };
}

/**
 * A function's handler, run so that the AWS calls it makes are recorded as its own. Its module is
 * imported on the first invocation, as Lambda's cold start does: the stack starts without loading
 * the handlers (and their libraries) that a test or a session may never call. With `preload` it
 * is imported now (LocalStackOptions.preloadHandlers).
 */
async function loadHandler<T>(spec: FunctionSpec, preload: boolean): Promise<T> {
  const load = async () => {
    const module = await import(pathToFileURL(resolve(ROOT, spec.entry)).href);
    if (typeof module.handler !== 'function') throw new Error(`${spec.entry} does not export a handler`);
    return asFunction(spec.name, module.handler) as (...args: unknown[]) => Promise<unknown>;
  };
  if (!existsSync(resolve(ROOT, spec.entry))) throw new Error(`${spec.entry} does not exist`);
  if (preload) {
    const handler = await load();
    return handler as T;
  }
  let loaded: ReturnType<typeof load> | undefined;
  return (async (...args: unknown[]) => {
    loaded ??= load();
    return (await loaded)(...args);
  }) as T;
}
