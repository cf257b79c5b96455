/** The pieces of the local runtime that stand in for AWS services: schedules and the Node guard. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cronMatches, rateOf } from '../../infra/local/schedule-clock';
import { functionSpecs, isScheduled, SCHEDULE_TIME_ZONE } from '../../shared/manifest';

const at = (local: string) => new Date(`${local}+07:00`);

describe('Local schedules fire when EventBridge Scheduler would', () => {
  it('reads every rate in the manifest', () => {
    expect(rateOf('rate(5 minutes)')).toBe(300_000);
    expect(rateOf('rate(30 minutes)')).toBe(1_800_000);
    expect(rateOf('rate(1 day)')).toBe(86_400_000);
    expect(rateOf('cron(0 8 * * ? *)')).toBeUndefined();
  });

  it.each([
    ['cron(0 8 * * ? *)', '2026-12-01T08:00', true],
    ['cron(0 8 * * ? *)', '2026-12-01T08:01', false],
    ['cron(0 16 L 3,6,9,12 ? *)', '2026-12-31T16:00', true],
    ['cron(0 16 L 3,6,9,12 ? *)', '2026-06-30T16:00', true],
    ['cron(0 16 L 3,6,9,12 ? *)', '2026-06-29T16:00', false],
    ['cron(0 16 L 3,6,9,12 ? *)', '2026-11-30T16:00', false],
    ['cron(0 16 31 12 ? *)', '2026-12-31T16:00', true],
    ['cron(0 8 10 12 ? *)', '2026-12-10T08:00', true],
  ])('%s at %s (Hưng Yên time): %s', (expression, local, fires) => {
    expect(cronMatches(expression, at(local), SCHEDULE_TIME_ZONE)).toBe(fires);
  });

  it('understands every schedule expression of the manifest', () => {
    const expressions = functionSpecs
      .filter(isScheduled)
      .flatMap((spec) => spec.trigger.schedules.map((schedule) => schedule.expression));
    for (const expression of expressions) {
      expect(
        rateOf(expression) !== undefined || /^cron\(\S+ \S+ \S+ \S+ \S+ \S+\)$/.test(expression),
        expression,
      ).toBe(true);
    }
  });
});

describe('The scripts refuse a Node.js older than 22', () => {
  const run = (version?: string) =>
    spawnSync(
      process.execPath,
      [
        ...(version
          ? [
              '--import',
              `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"});Object.defineProperty(process,"version",{value:"v${version}"})`,
            ]
          : []),
        'infra/check-node.mjs',
      ],
      { encoding: 'utf8' },
    );

  it('stops on Node 20 with a message that says what to do', () => {
    const result = run('20.20.2');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('needs Node.js 22 or later');
    expect(result.stderr).toContain('v20.20.2');
  });

  it('lets Node 22 and the pinned Node 24 through', () => {
    expect(run('22.0.0').status).toBe(0);
    expect(run().status).toBe(0);
  });
});
