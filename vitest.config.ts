import { defineConfig } from 'vitest/config';
import { API_RESPONSES_DIR, SDK_CALLS_DIR } from './tests/support/sdk-calls';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Read what this run recorded: vitest.permissions.config.ts runs them after it (npm test).
    exclude: ['tests/permissions/**', '**/node_modules/**'],
    globalSetup: ['./tests/support/clear-sdk-calls.ts', './tests/support/browser-setup.ts'],
    setupFiles: ['./tests/support/frozen-clock.ts'],
    pool: 'forks',
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { POWERTOOLS_LOG_LEVEL: 'WARN', POWERTOOLS_DEV: 'false', SDK_CALLS_DIR, API_RESPONSES_DIR },
  },
});
