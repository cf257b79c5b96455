import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundling } from '../../infra/constructs/bundling';
import { functionSpecs } from '../../shared/manifest';

export interface Bundle {
  name: string;
  file: string;
  kb: number;
}

const ROOT = resolve(import.meta.dirname, '../..');

/** Bundles every function as the CDK stack does, plus an empty handler as the cold-start floor. */
export async function buildBundles(): Promise<{ bundles: Bundle[]; empty: Bundle }> {
  const out = mkdtempSync(join(tmpdir(), 'bench-bundles-'));
  const emptyEntry = join(out, 'empty-handler.mjs');
  writeFileSync(emptyEntry, 'export const handler = async () => ({ statusCode: 200 });\n');
  const one = async (name: string, entry: string): Promise<Bundle> => {
    const file = join(out, name, 'index.mjs');
    await build({
      entryPoints: [entry],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      minify: bundling.minify,
      target: bundling.target,
      mainFields: [...bundling.mainFields],
      banner: { js: bundling.banner },
      alias: Object.fromEntries(
        Object.entries(bundling.alias).map(([name, path]) => [name, resolve(ROOT, path)]),
      ),
      logLevel: 'error',
    });
    return { name, file, kb: statSync(file).size / 1024 };
  };
  const bundles = [];
  for (const spec of functionSpecs) bundles.push(await one(spec.name, join(ROOT, spec.entry)));
  return { bundles, empty: await one('empty-handler', emptyEntry) };
}
