/**
 * `node --import tsx infra/constructs/build-function.ts <entry> <outdir>`: the CDK stack's local
 * bundler runs this for each function (CDK's bundling hook is synchronous, esbuild's plugins are not).
 */
import { bundleFunction } from './bundling';

const [entry, outdir] = process.argv.slice(2);
if (!entry || !outdir) throw new Error('usage: build-function.ts <entry> <outdir>');
await bundleFunction(entry, outdir);
