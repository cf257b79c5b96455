import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { API_RESPONSES_DIR, SDK_CALLS_DIR } from './tests/support/sdk-calls';

export default defineConfig({
  test: {
    globalSetup: ['./tests/support/clear-sdk-calls.ts', './tests/support/browser-setup.ts'],
    setupFiles: ['./tests/support/frozen-clock.ts'],
    pool: 'forks',
    // Integration tests spend much of their time waiting on the local servers: two at a time even on
    // a two-core machine (vitest's default there is one) takes a third off the run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    reporters: ['default', './tests/support/summary-reporter.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { POWERTOOLS_LOG_LEVEL: 'WARN', POWERTOOLS_DEV: 'false', SDK_CALLS_DIR, API_RESPONSES_DIR },
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['tests/**/*.test.ts'],
          // Read what this run recorded: vitest.permissions.config.ts runs them after it (npm test).
          exclude: ['tests/permissions/**', 'tests/browser/**', '**/node_modules/**'],
          sequence: { groupOrder: 0 },
        },
      },
      {
        // The browser journeys once the rest is done: a browser starved of CPU by the integration
        // tests beside it drops typed input, and a journey then waits for what never comes.
        extends: true,
        // One journey at a time, for the same reason.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          fileParallelism: false,
        },
      },
    ],
  },
});
