/**
 * Each function's bundle, as the synthesized assembly holds it for upload, starts in a fresh Node process with exactly
 * the environment variables the synthesized template gives that function (plus those Lambda
 * sets): a variable the code requires at start-up but the template forgets fails here, not on the
 * first invocation in AWS.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../infra/app-factory';
import { type FunctionSpec, functionSpecs, type HttpTrigger, isHttp } from '../../shared/manifest';

const run = promisify(execFile);
/** Per function (by description): the bundle file its asset holds and its environment. */
let deployed: Map<string, { file: string; asset: string; environment: Record<string, string> }>;

/** A CloudFormation reference stands for a value only known at deploy time: any string will do here. */
const resolved = (name: string, value: unknown) => (typeof value === 'string' ? value : `resolved-${name}`);

beforeAll(async () => {
  const outdir = mkdtempSync(join(tmpdir(), 'cdk-startup-'));
  const { app, stack } = createApp({ outdir });
  app.synth();
  const functions = Object.values(Template.fromStack(stack).toJSON().Resources as Record<string, any>).filter(
    // Ours, not CDK's own helpers (the bucket-notifications handler has a description too).
    (resource) =>
      resource.Type === 'AWS::Lambda::Function' &&
      functionSpecs.some((spec) => spec.description === resource.Properties.Description),
  );
  deployed = new Map(
    functions.map((fn) => {
      // The asset's staged folder carries the hash the template uploads it under.
      const asset = `asset.${String(fn.Properties.Code.S3Key).replace(/\.zip$/, '')}`;
      const [file] = (fn.Properties.Handler as string).split('.');
      return [
        fn.Properties.Description as string,
        {
          asset,
          file: join(outdir, asset, `${file}.mjs`),
          environment: Object.fromEntries(
            Object.entries(fn.Properties.Environment?.Variables ?? {}).map(([name, value]) => [
              name,
              resolved(name, value),
            ]),
          ),
        },
      ];
    }),
  );
}, 300_000);

/** What the Lambda runtime itself sets in every function's environment. */
const lambdaEnvironment = (name: string) => ({
  AWS_REGION: 'ap-southeast-1',
  AWS_DEFAULT_REGION: 'ap-southeast-1',
  AWS_LAMBDA_FUNCTION_NAME: name,
  AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
  AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs24.x',
  AWS_ACCESS_KEY_ID: 'ASIASTARTUPTEST',
  AWS_SECRET_ACCESS_KEY: 'startup-test',
  AWS_SESSION_TOKEN: 'startup-test',
  LAMBDA_TASK_ROOT: '/var/task',
  _HANDLER: 'index.handler',
  TZ: ':UTC',
});

/** An HTTP API (payload 2.0) request to the route, as API Gateway would pass it without a JWT. */
const anonymousRequest = (spec: FunctionSpec<HttpTrigger>) => ({
  version: '2.0',
  routeKey: `${spec.trigger.method} ${spec.trigger.path}`,
  rawPath: spec.trigger.path,
  rawQueryString: '',
  headers: {},
  isBase64Encoded: false,
  requestContext: {
    requestId: 'startup',
    routeKey: `${spec.trigger.method} ${spec.trigger.path}`,
    http: { method: spec.trigger.method, path: spec.trigger.path },
  },
});

describe('Every bundle starts with the environment the template gives it', () => {
  it('each function is deployed with a bundle of its own', () => {
    const assets = [...deployed.values()].map((fn) => fn.asset);
    expect(assets).toHaveLength(functionSpecs.length);
    expect(new Set(assets).size).toBe(functionSpecs.length);
  });

  it.each(functionSpecs.map((spec) => [spec.name, spec] as const))('%s', async (name, spec) => {
    const fn = deployed.get(spec.description);
    expect(fn, name).toBeDefined();
    // An HTTP function also answers a request: one without a verified identity must get a 401
    // body, which runs the bundle's middlewares, routing and error mapping without touching AWS.
    const answer = isHttp(spec)
      ? `const r = await m.handler(${JSON.stringify(anonymousRequest(spec))}, { functionName: ${JSON.stringify(name)}, awsRequestId: 'startup', getRemainingTimeInMillis: () => 10000 }); if (r.statusCode !== 401 || !JSON.parse(r.body).error) throw new Error('answered ' + JSON.stringify(r));`
      : '';
    const script = `const m = await import(${JSON.stringify(pathToFileURL(fn?.file ?? '').href)}); if (typeof m.handler !== 'function') throw new Error('no handler'); ${answer}`;
    const outcome = await run(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...fn?.environment, ...lambdaEnvironment(name) },
      timeout: 20_000,
    }).then(
      () => 'started',
      // Only the error's own line: the rest of stderr is the minified bundle.
      (error: { stderr?: string }) =>
        (String(error.stderr).match(/^\w*Error: .*$/m)?.[0] ?? String(error.stderr)).slice(0, 300),
    );
    expect(outcome).toBe('started');
  });
});
