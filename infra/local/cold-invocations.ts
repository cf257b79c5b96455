/**
 * Invocations as a cold Lambda runs them, for `npm run bench`'s cold journeys: each in a fresh
 * `node` process that imports the function's bundle (the code the stack deploys), calls its handler
 * once and exits. The floor runs an SDK-only bundle's cold start the same way, then the function's
 * warm handler in this process: what a journey would cost if our code started as fast as the SDK.
 */
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Context } from 'aws-lambda';
import { FUNCTION_NODE_OPTIONS } from '../constructs/bundling';

export interface ColdInvocations {
  mode: 'cold' | 'floor';
  /** Each function's bundle file, by function name (`buildBundles` in tests/bench/bundles.ts). */
  bundles: Readonly<Record<string, string>>;
  /** The floor's bundle: a handler that builds a DynamoDB client and reads one item. */
  floor: string;
  /** Counts every invocation by function name, for the journeys' reports. */
  invoked?: Map<string, number>;
}

type Handler = (event: unknown, context: Context) => Promise<unknown>;

/** The runner a fresh process executes: the event and context on stdin, the result on fd 3. */
const RUNNER = `
import { writeSync } from 'node:fs';
let input = '';
for await (const chunk of process.stdin) input += chunk;
const { event, context, bundle } = JSON.parse(input);
const deadline = Date.now() + 30_000;
const { handler } = await import(bundle);
try {
  const result = await handler(event, { ...context, getRemainingTimeInMillis: () => deadline - Date.now() });
  writeSync(3, JSON.stringify({ result: result ?? null }));
} catch (error) {
  writeSync(3, JSON.stringify({ error: String(error?.message ?? error) }));
}
process.exit(0);
`;

/**
 * This process's environment (the local endpoints and settings the template's stand in for), as
 * one Lambda sandbox runs one invocation at a time: without the concurrency this process declares
 * for its own in-process handlers.
 */
function freshEnvironment(): NodeJS.ProcessEnv {
  const { AWS_LAMBDA_MAX_CONCURRENCY: _shared, ...env } = process.env;
  return { ...env, NODE_OPTIONS: FUNCTION_NODE_OPTIONS };
}

function runFresh(bundle: string, event: unknown, context: Context): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', RUNNER], {
      env: freshEnvironment(),
      stdio: ['pipe', 'ignore', 'inherit', 'pipe'],
    });
    let output = '';
    child.stdio[3]?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (!output) return reject(new Error(`The process of ${context.functionName} exited with ${code}`));
      const answer = JSON.parse(output) as { result?: unknown; error?: string };
      if (answer.error !== undefined) reject(new Error(answer.error));
      else resolve(answer.result ?? undefined);
    });
    const { getRemainingTimeInMillis: _, done: _d, fail: _f, succeed: _s, ...serialisable } = context;
    child.stdin?.end(JSON.stringify({ event, context: serialisable, bundle: pathToFileURL(bundle).href }));
  });
}

/** The handler of `name` as the mode runs it; `warm` is the in-process handler (used by the floor). */
export function coldHandler(name: string, warm: Handler, options: ColdInvocations): Handler {
  return async (event, context) => {
    const bundle = options.bundles[name];
    if (!bundle) throw new Error(`No bundle for ${name}`);
    options.invoked?.set(name, (options.invoked.get(name) ?? 0) + 1);
    if (options.mode === 'cold') return runFresh(bundle, event, context);
    await runFresh(options.floor, { id: 'floor' }, context);
    return warm(event, context);
  };
}
