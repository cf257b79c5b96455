/**
 * How every function is bundled: the CDK stack and the benchmark both use these options, so the
 * sizes and cold starts the benchmark reports are those of the deployed code.
 */
const CREDENTIALS_STUB = './infra/constructs/lambda-credentials-stub.mjs';

export const bundling = {
  minify: true,
  sourceMap: true,
  target: 'node24',
  mainFields: ['module', 'main'],
  /** ESM bundles still meet CommonJS dependencies that call require(). */
  banner: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
  /** Credential providers Lambda never uses (see the stub), resolved from the project root. */
  alias: Object.fromEntries(
    [
      '@aws-sdk/credential-provider-sso',
      '@aws-sdk/credential-provider-ini',
      '@aws-sdk/credential-provider-process',
      '@aws-sdk/credential-provider-web-identity',
      '@aws-sdk/credential-provider-http',
      '@smithy/credential-provider-imds',
    ].map((name) => [name, CREDENTIALS_STUB]),
  ) as Record<string, string>,
} as const;
