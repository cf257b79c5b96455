/**
 * What each function's bundle may contain, read from esbuild's metafile of the very build the stack
 * deploys: a library a function never needs costs every cold start (and a client it may not call
 * is a permission waiting to be misused). The rules follow from the manifest.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../infra/constructs/bundling';
import { type FunctionSpec, functionSpecs } from '../../shared/manifest';

/** Module path fragments and the functions that may bundle them. */
const rules: { module: string | RegExp; why: string; allowed: (spec: FunctionSpec) => boolean }[] = [
  {
    module: 'node_modules/nodemailer/',
    why: 'composes mail',
    allowed: (spec) => Boolean(spec.access.sendEmail),
  },
  {
    module: 'node_modules/@aws-sdk/client-ses/',
    why: 'sends mail',
    allowed: (spec) => Boolean(spec.access.sendEmail),
  },
  {
    module: 'node_modules/ical-generator/',
    why: 'writes meeting invitations',
    allowed: (spec) => spec.name === 'notify-agencies',
  },
  {
    module: 'node_modules/@aws-sdk/client-eventbridge/',
    why: 'publishes events',
    allowed: (spec) => Boolean(spec.access.publishEvents),
  },
  {
    module: 'node_modules/write-excel-file/',
    why: 'writes workbooks',
    allowed: (spec) =>
      ['report-summary', 'report-visits', 'periodic-reports', 'report-external-information'].includes(
        spec.name,
      ),
  },
  {
    module: 'node_modules/csv-stringify/',
    why: 'writes CSV files',
    allowed: (spec) => ['report-summary', 'report-visits', 'periodic-reports'].includes(spec.name),
  },
  {
    module: 'node_modules/docx/',
    why: 'is replaced by the WordprocessingML writer (shared/documents/wordml.ts), ~225 KB lighter',
    allowed: () => false,
  },
  {
    module: 'node_modules/fflate/',
    why: 'zips spreadsheets and Word documents',
    allowed: (spec) =>
      [
        'report-summary',
        'report-visits',
        'periodic-reports',
        'news-file',
        'report-external-information',
      ].includes(spec.name) || spec.name.startsWith('draft-'),
  },
  {
    module: 'node_modules/@aws-sdk/client-s3/',
    why: 'is replaced by signed requests (shared/adapters/s3-requests.ts), ~170 KB lighter',
    allowed: () => false,
  },
  // Build-time only: the OpenAPI generator and the event catalogue's JSON Schemas.
  { module: 'node_modules/zod-openapi/', why: 'is build-time only', allowed: () => false },
  // The CDK app, but for the stubs the bundling puts in place of code Lambda never runs.
  {
    module: /^infra\/(?!constructs\/[\w-]+-stub\.mjs$)/,
    why: 'is the CDK app (build-time only)',
    allowed: () => false,
  },
];

const matches = (path: string, module: string | RegExp) =>
  typeof module === 'string' ? path.includes(module) : module.test(path);

let inputs: Map<string, string[]>;
let sizes: Map<string, number>;

/** The deployment's limit on a function's code, without its source map: it is read on every cold start. */
const MAX_BUNDLE_BYTES = 500_000;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'bundle-contents-'));
  const built = await Promise.all(
    functionSpecs.map(async (spec) => {
      const metafile = await bundleFunction(spec.entry, join(out, spec.name));
      const bundle = Object.values(metafile.outputs).find((output) => output.entryPoint);
      return { name: spec.name, inputs: Object.keys(bundle?.inputs ?? {}), bytes: bundle?.bytes ?? 0 };
    }),
  );
  inputs = new Map(built.map((bundle) => [bundle.name, bundle.inputs]));
  sizes = new Map(built.map((bundle) => [bundle.name, bundle.bytes]));
}, 180_000);

describe('What each bundle carries', () => {
  it.each(functionSpecs.map((spec) => [spec.name, spec] as const))(
    '%s carries only the libraries its job needs',
    (_, spec) => {
      const carried = inputs.get(spec.name) ?? [];
      expect(carried.length, spec.name).toBeGreaterThan(0);
      const misplaced = rules
        .filter((rule) => !rule.allowed(spec) && carried.some((path) => matches(path, rule.module)))
        .map((rule) => `${rule.module} (${rule.why})`);
      expect(misplaced).toEqual([]);
    },
  );

  it('is a real check: each rule that allows a module names one some function does carry', () => {
    for (const rule of rules.filter((r) => functionSpecs.some(r.allowed))) {
      const carriers = functionSpecs.filter((spec) =>
        inputs.get(spec.name)?.some((path) => matches(path, rule.module)),
      );
      expect(carriers.length, String(rule.module)).toBeGreaterThan(0);
    }
  });

  it.each(functionSpecs.map((spec) => [spec.name] as const))(
    '%s logs, counts and parses as every function does (the observability middlewares, zod without compiled parsers)',
    (name) => {
      expect(inputs.get(name)).toContain('shared/observability/lambda-middlewares.ts');
    },
  );

  it.each(functionSpecs.map((spec) => [spec.name] as const))('%s is at most 500 KB', (name) => {
    const bytes = sizes.get(name) ?? 0;
    expect(bytes).toBeGreaterThan(0);
    expect(bytes, name).toBeLessThanOrEqual(MAX_BUNDLE_BYTES);
  });
});
