/**
 * `npm run test:days`: the date-sensitive integration tests once for every day of an ordinary week
 * and of a holiday week (New Year 2027), each on a clock shifted to that day (TEST_TODAY), so that
 * a test that only passes on some weekdays fails here whatever day CI runs.
 */
import { spawnSync } from 'node:child_process';

const DATE_SENSITIVE = [
  'tests/integration/meetings.test.ts',
  'tests/integration/meeting-lifecycle.test.ts',
  'tests/integration/pending-decisions.test.ts',
  'tests/integration/follow-up.test.ts',
  'tests/integration/compliance.test.ts',
  'tests/integration/notifications.test.ts',
  'tests/integration/registration.test.ts',
  'tests/integration/holidays.test.ts',
];
// An ordinary week, and the New Year week of 2027.
const WEEKS = ['2026-11-30', '2026-12-28'];

const days = WEEKS.flatMap((monday) =>
  Array.from({ length: 7 }, (_, offset) => {
    const date = new Date(`${monday}T00:00:00Z`);
    date.setUTCDate(date.getUTCDate() + offset);
    return date.toISOString().slice(0, 10);
  }),
);

for (const day of days) {
  console.log(`\n== Tests on ${day} ==`);
  const run = spawnSync('npx', ['vitest', 'run', '--reporter=dot', ...DATE_SENSITIVE], {
    stdio: 'inherit',
    env: { ...process.env, TEST_TODAY: `${day}T09:00:00+07:00` },
  });
  if (run.status !== 0) {
    console.error(`The date-sensitive tests fail when run on ${day}.`);
    process.exit(1);
  }
}
console.log(`\nThe date-sensitive tests pass on each of ${days.length} days.`);
