import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { InvokeStore, type InvokeStoreBase } from '@aws/lambda-invoke-store';

const running = new AsyncLocalStorage<string>();
/** The key the Lambda runtime keeps the request id under (InvokeStoreBase.PROTECTED_KEYS). */
const REQUEST_ID = Symbol.for('_AWS_LAMBDA_REQUEST_ID');
let invocations: InvokeStoreBase | undefined;

/**
 * The local runtime runs every function in one process, invocations overlapping, as Lambda
 * Managed Instances do: with AWS_LAMBDA_MAX_CONCURRENCY set and an InvokeStore installed,
 * Powertools keeps each invocation's log keys (function, request, route, correlation id) apart
 * instead of one invocation's keys landing on another's lines.
 */
export async function isolateInvocations(maxConcurrency = 64): Promise<void> {
  process.env.AWS_LAMBDA_MAX_CONCURRENCY ??= String(maxConcurrency);
  invocations = await InvokeStore.getInstanceAsync(true);
}

/** Runs a handler invocation as `functionName`, so what it does can be attributed to it. */
export function asFunction<A extends unknown[], R>(functionName: string, handler: (...args: A) => R) {
  return (...args: A): R =>
    running.run(functionName, () =>
      invocations
        ? invocations.run({ [REQUEST_ID]: randomUUID() }, () => handler(...args))
        : handler(...args),
    );
}

/** The function whose invocation is running here, if any. */
export const currentFunction = (): string | undefined => running.getStore();
