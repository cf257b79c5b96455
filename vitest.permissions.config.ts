import { defineConfig } from 'vitest/config';

/**
 * The second half of `npm test`: holds what the first half recorded to what the template and the
 * contracts promise (the AWS calls to the IAM policies, the API's answers to the route contracts).
 */
export default defineConfig({
  test: {
    include: ['tests/permissions/**/*.test.ts'],
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 60_000,
  },
});
