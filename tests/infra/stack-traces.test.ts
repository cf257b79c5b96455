/**
 * Functions start without `--enable-source-maps` (it reads the whole map on every cold start); the
 * module every function uses maps a stack through the bundle's source map when it is formatted.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction, FUNCTION_NODE_OPTIONS } from '../../infra/constructs/bundling';

let bundle: string;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'stack-traces-'));
  await bundleFunction('tests/fixtures/throwing-function.ts', out);
  bundle = join(out, 'index.mjs');
}, 60_000);

/** The stack of the bundled function's error, printed by a fresh Node process started as Lambda starts it. */
const stackOf = (nodeOptions: string) =>
  execFileSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const f = await import(${JSON.stringify(bundle)}); try { f.handler('01K'); } catch (e) { console.log(e.stack); }`,
    ],
    { env: { ...process.env, NODE_OPTIONS: nodeOptions, AWS_REGION: 'ap-southeast-1' }, encoding: 'utf8' },
  ).trim();

describe('An error in a function', () => {
  it('names the TypeScript file, line and function where it was thrown, not the minified bundle', () => {
    const [message, first, second] = stackOf(FUNCTION_NODE_OPTIONS).split('\n');
    expect(message).toBe('Error: Không tìm thấy đoàn 01K');
    const fixture = resolve('tests/fixtures/throwing-function.ts');
    expect(first).toBe(`    at findTheVisit (${fixture}:7:9)`);
    expect(second).toContain(`(${fixture}:10:40)`);
  });

  it('points where Node’s own source maps point, frame by frame', () => {
    const position = (line: string) => line.replace(/^.*\(/, '(');
    const ours = stackOf(FUNCTION_NODE_OPTIONS).split('\n').slice(0, 4);
    const nodes = stackOf('--enable-source-maps').split('\n').slice(0, 4);
    expect(ours.map(position)).toEqual(nodes.map(position));
  });
});
