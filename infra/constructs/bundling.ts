/**
 * How every function is bundled: the CDK stack and the benchmark both use these options, so the
 * sizes and cold starts the benchmark reports are those of the deployed code.
 */
export const bundling = {
  minify: true,
  sourceMap: true,
  target: 'node24',
  mainFields: ['module', 'main'],
  /** ESM bundles still meet CommonJS dependencies that call require(). */
  banner: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);",
} as const;
