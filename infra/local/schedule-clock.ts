/**
 * EventBridge Scheduler's expressions, evaluated locally so that the scheduled jobs run on their
 * own (the outbox sweep above all: without it, events whose first publication failed would wait
 * forever). Supports what the manifest uses: rate(N minutes|hours|days) and six-field cron with
 * numbers, lists, ranges, `*`, `?` and `L` (last day of the month), in the schedule's time zone.
 */

const UNIT_MS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/** The period of a rate expression in milliseconds, or undefined for a cron expression. */
export function rateOf(expression: string): number | undefined {
  const match = /^rate\((\d+) (minute|hour|day)s?\)$/.exec(expression);
  return match ? Number(match[1]) * (UNIT_MS[match[2] as string] as number) : undefined;
}

function fieldMatches(field: string, value: number, lastDayOfMonth?: number): boolean {
  if (field === '*' || field === '?') return true;
  return field.split(',').some((part) => {
    if (part === 'L') return value === lastDayOfMonth;
    const [from, to] = part.split('-').map(Number);
    return to === undefined ? value === from : value >= (from as number) && value <= to;
  });
}

/** Whether a cron(...) expression fires in the minute of `at`, read in `timeZone`. */
export function cronMatches(expression: string, at: Date, timeZone: string): boolean {
  const match = /^cron\((.+)\)$/.exec(expression);
  if (!match?.[1]) return false;
  const [minute, hour, dayOfMonth, month, dayOfWeek, year] = match[1].split(' ');
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  const y = Number(parts.year);
  const m = Number(parts.month);
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday as string) + 1;
  return (
    fieldMatches(minute ?? '', Number(parts.minute)) &&
    fieldMatches(hour ?? '', Number(parts.hour)) &&
    fieldMatches(dayOfMonth ?? '', Number(parts.day), lastDay) &&
    fieldMatches(month ?? '', m) &&
    fieldMatches(dayOfWeek ?? '', weekday) &&
    fieldMatches(year ?? '*', y)
  );
}

export interface ScheduledRun {
  job: string;
  expression: string;
  run: (scheduledTime: Date) => Promise<unknown>;
}

/** Starts a timer per schedule; returns a function that stops them all. */
export function startScheduleClock(runs: readonly ScheduledRun[], timeZone: string): () => void {
  const timers: NodeJS.Timeout[] = [];
  const fire = (entry: ScheduledRun, at: Date) =>
    entry.run(at).catch((error) => console.error(`[local schedules] ${entry.job} failed`, error));
  const crons = runs.filter((entry) => rateOf(entry.expression) === undefined);
  for (const entry of runs) {
    const period = rateOf(entry.expression);
    if (period !== undefined) timers.push(setInterval(() => void fire(entry, new Date()), period));
  }
  if (crons.length > 0) {
    timers.push(
      setInterval(() => {
        const now = new Date();
        for (const entry of crons) if (cronMatches(entry.expression, now, timeZone)) void fire(entry, now);
      }, 60_000),
    );
  }
  for (const timer of timers) timer.unref();
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}
