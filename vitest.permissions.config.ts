import { defineConfig } from 'vitest/config';

/** The second half of `npm test`: holds the AWS calls the first half recorded against the IAM policies. */
export default defineConfig({
  test: {
    include: ['tests/permissions/**/*.test.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
  },
});
