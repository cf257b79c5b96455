import { AsyncLocalStorage } from 'node:async_hooks';

const running = new AsyncLocalStorage<string>();

/** Runs a handler invocation as `functionName`, so what it does can be attributed to it. */
export function asFunction<A extends unknown[], R>(functionName: string, handler: (...args: A) => R) {
  return (...args: A): R => running.run(functionName, () => handler(...args));
}

/** The function whose invocation is running here, if any. */
export const currentFunction = (): string | undefined => running.getStore();
