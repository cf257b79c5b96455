/**
 * The benchmark's cold mode (infra/local/cold-invocations.ts): each invocation in a fresh process
 * from the function's bundle, as a cold Lambda runs it, answering as the in-process handler does.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../infra/constructs/bundling';
import { functions } from '../../shared/manifest';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
const invoked = new Map<string, number>();

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'cold-'));
  const bundle = async (spec: { name: string; entry: string }) => {
    await bundleFunction(spec.entry, join(out, spec.name));
    return [spec.name, join(out, spec.name, 'index.mjs')] as const;
  };
  const bundles = Object.fromEntries(
    await Promise.all([bundle(functions.listRules), bundle(functions.listRooms)]),
  );
  stack = await startTestStack({
    cold: { mode: 'cold', bundles, floor: bundles['list-rooms'] ?? '', invoked },
  });
}, 120_000);
afterAll(() => stack?.stop());

describe('A cold invocation', () => {
  it('runs each function’s bundle in a fresh process and answers as the function does', async () => {
    const office = await stack.token('office');
    const rules = await stack.call('GET', '/rules', { token: office });
    expect(rules.status).toBe(200);
    expect(rules.body.rules.map((rule: { id: string }) => rule.id)).toContain('CONFERENCE_PM');
    expect((await stack.call('GET', '/rooms', { token: office })).body.items).toEqual([]);
    expect([invoked.get('list-rules'), invoked.get('list-rooms')]).toEqual([1, 1]);
  });

  it('fails the request, not the stack, when a function has no bundle', async () => {
    const office = await stack.token('office');
    expect((await stack.call('GET', '/worklist', { token: office })).status).toBeGreaterThanOrEqual(500);
    expect((await stack.call('GET', '/rules', { token: office })).status).toBe(200);
  });
});
