/**
 * Library code our functions import but never run, replaced in the bundles by stubs that keep the
 * module's exports and throw, naming the reason, if one is ever called. Every entry is a capability a
 * library loads up front for callers that use it; none of our functions does.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';

interface UnusedModule {
  /** The import specifier, as the importer writes it. */
  specifier: RegExp;
  /** Only imports from these files are replaced. */
  importer: RegExp;
  why: string;
}

export const UNUSED_MODULES: readonly UnusedModule[] = [
  {
    specifier: /^@smithy\/core\/event-streams$/,
    importer: /@smithy[\\/]core[\\/]/,
    why: 'no DynamoDB or SES operation we call streams events',
  },
  {
    specifier: /^\.\/Sha256Js$/,
    importer: /@smithy[\\/]core[\\/].*[\\/]Sha256Node\.js$/,
    why: "Node's crypto always has SHA-256: the SDK's pure JavaScript fallback never runs",
  },
  {
    specifier: /^(\.|\.\.\/config-resolver\/regionConfig)\/getInstanceMetadataRegion$/,
    importer: /@smithy[\\/]core[\\/]/,
    why: 'Lambda always sets AWS_REGION: the region is never asked of the instance metadata service',
  },
  {
    specifier: /^\.\.\/core\/(json-schema-processors|to-json-schema)\.js$/,
    importer: /zod[\\/]v4[\\/]classic[\\/]schemas\.js$/,
    why: 'JSON Schema is generated at build time (OpenAPI document, event catalogue), never in a function',
  },
  {
    // The library lists each feature as an object it asks for `files`; the stub function has none,
    // so the workbook is written as if the feature were absent.
    specifier: /^\.\/features\/(images|conditionalFormatting)\.js$/,
    importer: /write-excel-file[\\/]modules[\\/]xlsx[\\/]getFeatures\.js$/,
    why: 'no report puts images or conditional formatting in a workbook',
  },
  {
    specifier: /^\.\.\/fetch\/index\.js$/,
    importer: /nodemailer[\\/]dist[\\/]esm[\\/](mime-node|shared)[\\/]/,
    why: 'no email we compose takes content from a URL',
  },
  {
    specifier: /^\.\.\/addressparser\/index\.js$/,
    importer: /nodemailer[\\/]dist[\\/]esm[\\/]mime-node[\\/]/,
    why: 'addresses reach nodemailer already split into name and address (mailbox in shared/notifications/mime.ts)',
  },
];

/** An SDK client reads only its version from its package.json (for the user agent). */
const CLIENT_PACKAGE_JSON = /@aws-sdk[\\/]client-[^\\/]+[\\/]package\.json$/;

const NAMESPACE = 'unused-code';

/** Names a module exports, read from its ESM source (declarations, export lists, default). */
export function exportedNames(source: string): string[] {
  const names = new Set<string>();
  const declared = /export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([\w$]+)/g;
  for (const [, name = ''] of source.matchAll(declared)) names.add(name);
  for (const [, list = ''] of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of list.split(',')) {
      const name = part
        .trim()
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  if (/export\s+default\b/.test(source)) names.add('default');
  return [...names];
}

export function stubSource(names: string[], why: string): string {
  const lines = [`const unused = () => { throw new Error(${JSON.stringify(`Not bundled: ${why}.`)}); };`];
  for (const name of names)
    lines.push(name === 'default' ? 'export default unused;' : `export const ${name} = unused;`);
  return lines.join('\n');
}

export const withoutUnusedCode: Plugin = {
  name: 'without-unused-code',
  setup(esbuild) {
    const filter = new RegExp(UNUSED_MODULES.map((m) => m.specifier.source).join('|'));
    esbuild.onResolve({ filter }, async (args) => {
      if (args.pluginData === NAMESPACE) return undefined;
      const unused = UNUSED_MODULES.find(
        (m) => m.specifier.test(args.path) && m.importer.test(args.importer),
      );
      if (!unused) return undefined;
      const real = await esbuild.resolve(args.path, {
        importer: args.importer,
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: NAMESPACE,
      });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: NAMESPACE, pluginData: unused.why };
    });
    esbuild.onLoad({ filter: CLIENT_PACKAGE_JSON }, async (args) => {
      const { name, version } = JSON.parse(await readFile(args.path, 'utf8'));
      return { contents: JSON.stringify({ name, version }), loader: 'json' };
    });
    esbuild.onLoad({ filter: /./, namespace: NAMESPACE }, async (args) => ({
      contents: stubSource(exportedNames(await readFile(args.path, 'utf8')), args.pluginData as string),
      loader: 'js',
    }));
  },
};
