/**
 * The local runtime runs every function in one process, invocations overlapping: each log line
 * still names its own function and route, as it does in Lambda, where one environment runs one
 * invocation at a time.
 */
import middy from '@middy/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asFunction, isolateInvocations } from '../../infra/local/invocations';
import { lambdaContext } from '../../infra/local/lambda-context';
import { functions } from '../../shared/manifest';
import { observability } from '../../shared/observability/lambda-middlewares';
import { logger } from '../../shared/observability/logger';

const lines: Record<string, unknown>[] = [];
const streams = [process.stdout, process.stderr];
const writes = streams.map((stream) => stream.write.bind(stream));

beforeAll(async () => {
  await isolateInvocations();
  streams.forEach((stream, index) => {
    stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
      const text = String(chunk);
      if (text.includes('"probe":"overlap"')) lines.push(JSON.parse(text));
      else return writes[index]?.(chunk, ...rest);
      return true;
    }) as typeof stream.write;
  });
});
afterAll(() => {
  streams.forEach((stream, index) => {
    stream.write = writes[index] as typeof stream.write;
  });
});

describe('Two invocations that overlap in the local runtime', () => {
  it('each log the function and route they are, not the other’s', async () => {
    let bStarted!: () => void;
    const started = new Promise<void>((resolve) => {
      bStarted = resolve;
    });
    let aLogged!: () => void;
    const logged = new Promise<void>((resolve) => {
      aLogged = resolve;
    });
    const handler = (route: string, step: () => Promise<void>) =>
      middy()
        .use(observability())
        .handler(async () => {
          logger.appendKeys({ route });
          await step();
          logger.warn('Handled', { probe: 'overlap' });
        });
    const a = asFunction(
      functions.registerDelegation.name,
      handler('POST /delegations', () => started),
    );
    const b = asFunction(
      functions.getDelegation.name,
      handler('GET /delegations/{id}', async () => {
        bStarted();
        await logged;
      }),
    );
    // A starts, B starts and waits; A logs while B is still running; then B logs.
    const first = a({}, lambdaContext(functions.registerDelegation)).then(aLogged);
    const second = b({}, lambdaContext(functions.getDelegation));
    await Promise.all([first, second]);

    const probes = lines.filter((line) => line.probe === 'overlap');
    expect(probes.map(({ function_name, route }) => ({ function_name, route }))).toEqual([
      { function_name: 'register-delegation', route: 'POST /delegations' },
      { function_name: 'get-delegation', route: 'GET /delegations/{id}' },
    ]);
  });
});
