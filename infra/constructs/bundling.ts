/**
 * How every function is bundled. The CDK stack (through `build-function.ts`), the benchmark and the
 * bundle tests all call `bundleFunction`, so what they measure is the code that is deployed.
 */
import { resolve } from 'node:path';
import { type BuildOptions, build, type Metafile, type Plugin } from 'esbuild';
import { withoutUnusedCode } from './unused-code';

const ROOT = resolve(import.meta.dirname, '../..');
const CREDENTIALS_STUB = resolve(ROOT, 'infra/constructs/lambda-credentials-stub.mjs');
const MIME_TYPES_STUB = resolve(ROOT, 'infra/constructs/mime-types-stub.mjs');

/**
 * nodemailer's file-extension → MIME type table (74 KB) answers only for attachments without a
 * content type; every attachment we compose names its type (`OutgoingEmail` requires it), so the
 * table is dead weight in the two email bundles.
 */
const withoutMimeTypeTable: Plugin = {
  name: 'without-mime-type-table',
  setup(esbuild) {
    esbuild.onResolve({ filter: /[\\/]mime-types\.js$/ }, (args) =>
      /nodemailer[\\/]/.test(args.importer) ? { path: MIME_TYPES_STUB } : undefined,
    );
  },
};

/**
 * How Lambda starts Node for every function: without options. The bundles' source maps are read only
 * when an error's stack is formatted (shared/observability/stack-traces.ts), not with
 * `--enable-source-maps` on every cold start; the benchmark starts its processes the same way.
 */
export const FUNCTION_NODE_OPTIONS = '';

export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  target: 'node24',
  mainFields: ['module', 'main'],
  // Vietnamese text as UTF-8 rather than \u escapes: the messages are smaller by a third.
  charset: 'utf8',
  /** ESM bundles still meet CommonJS dependencies that call require(). */
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
  /** Credential providers Lambda never uses (see the stub). */
  alias: Object.fromEntries(
    [
      '@aws-sdk/credential-provider-sso',
      '@aws-sdk/credential-provider-ini',
      '@aws-sdk/credential-provider-process',
      '@aws-sdk/credential-provider-web-identity',
      '@aws-sdk/credential-provider-http',
      '@smithy/credential-provider-imds',
    ].map((name) => [name, CREDENTIALS_STUB]),
  ),
  plugins: [withoutMimeTypeTable, withoutUnusedCode],
  logLevel: 'error',
} satisfies BuildOptions;

/** Bundles one function's entry (relative to the repository root) into `outdir/index.mjs`. */
export async function bundleFunction(entry: string, outdir: string): Promise<Metafile> {
  const result = await build({
    ...bundleOptions,
    entryPoints: [resolve(ROOT, entry)],
    outfile: resolve(outdir, 'index.mjs'),
    metafile: true,
  });
  return result.metafile;
}
