import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { bundleFunction } from '../../infra/constructs/bundling';
import { functionSpecs } from '../../shared/manifest';

export interface Bundle {
  name: string;
  file: string;
  kb: number;
  /** esbuild's record of every module in the bundle. */
  metafile: Metafile;
}

/**
 * Bundles every function as the CDK stack does, plus two floors: an empty handler, and a handler
 * that only builds a DynamoDB client and reads an item (tests/bench/sdk-only-handler.ts).
 */
export async function buildBundles(): Promise<{ bundles: Bundle[]; empty: Bundle; sdkOnly: Bundle }> {
  const out = mkdtempSync(join(tmpdir(), 'bench-bundles-'));
  const emptyEntry = join(out, 'empty-handler.mjs');
  writeFileSync(emptyEntry, 'export const handler = async () => ({ statusCode: 200 });\n');
  const one = async (name: string, entry: string): Promise<Bundle> => {
    const outdir = join(out, name);
    const metafile = await bundleFunction(entry, outdir);
    const file = join(outdir, 'index.mjs');
    return { name, file, kb: statSync(file).size / 1024, metafile };
  };
  const bundles = await Promise.all(functionSpecs.map((spec) => one(spec.name, spec.entry)));
  return {
    bundles,
    empty: await one('empty-handler', emptyEntry),
    sdkOnly: await one('sdk-only-handler', 'tests/bench/sdk-only-handler.ts'),
  };
}
