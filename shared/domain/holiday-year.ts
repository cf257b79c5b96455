import * as z from 'zod';
import { InvalidChangeError } from './errors';
import { addDays } from './local-date';
import { oneLine } from './text-fields';

/** A year of holidays as admin enters it from the government's notice. */
export const holidayYearInputSchema = z.strictObject({
  /** The notice is out (true) or the year is still a projection from the Labour Code (false). */
  official: z.boolean(),
  /** The notice's number and date, e.g. "Công văn 12729/VPCP-KGVX ngày 25/12/2025". */
  notice: oneLine(300),
  /** Weekdays on which offices are closed. */
  daysOff: z.array(z.iso.date()).max(40),
  /** Saturdays or Sundays worked instead. */
  makeUpWorkingDays: z.array(z.iso.date()).max(10),
});
export type HolidayYearInput = z.output<typeof holidayYearInputSchema>;

export const holidayYearParams = z.object({
  year: z.coerce.number().int().min(2000, 'A year from 2000').max(2100, 'A year up to 2100'),
});

const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();
const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;

/** What is wrong with a year's data, by field: dates in another year, on the wrong kind of day, twice. */
export function holidayYearIssues(
  year: number,
  input: HolidayYearInput,
): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const check = (field: 'daysOff' | 'makeUpWorkingDays', wantWeekend: boolean) => {
    const seen = new Set<string>();
    input[field].forEach((date, index) => {
      const path = `${field}.${index}`;
      if (!date.startsWith(`${year}-`)) issues.push({ path, message: `Must be a day of ${year}` });
      else if (isWeekend(date) !== wantWeekend)
        issues.push({
          path,
          message: wantWeekend ? 'A make-up working day is a Saturday or Sunday' : 'A day off is a weekday',
        });
      else if (seen.has(date)) issues.push({ path, message: 'Listed twice' });
      seen.add(date);
    });
  };
  check('daysOff', false);
  check('makeUpWorkingDays', true);
  return issues;
}

/** Refuses a year whose dates do not fit it (400 naming each field), as saving and previewing do. */
export function assertHolidayYear(year: number, input: HolidayYearInput): void {
  const issues = holidayYearIssues(year, input);
  if (issues.length > 0) throw new InvalidChangeError('These dates do not fit the year.', { issues });
}

export const storedHolidayYearSchema = z.object({
  year: z.number().int(),
  official: z.boolean(),
  source: z.string(),
  daysOff: z.array(z.iso.date()),
  makeUpWorkingDays: z.array(z.iso.date()),
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime({ offset: true }),
  updatedBy: z.object({ sub: z.string(), username: z.string().optional(), roles: z.array(z.string()) }),
});

/**
 * The days whose kind a correction changes: days off added or removed, make-up working days added
 * or removed. Only deadlines counted across one of them can move.
 */
type Days = { daysOff: readonly string[]; makeUpWorkingDays: readonly string[] };

export function changedDays(before: Days | undefined, after: Days): string[] {
  const difference = (a: readonly string[], b: readonly string[]) => a.filter((day) => !b.includes(day));
  const was: Days = before ?? { daysOff: [], makeUpWorkingDays: [] };
  return [
    ...new Set([
      ...difference(after.daysOff, was.daysOff),
      ...difference(was.daysOff, after.daysOff),
      ...difference(after.makeUpWorkingDays, was.makeUpWorkingDays),
      ...difference(was.makeUpWorkingDays, after.makeUpWorkingDays),
    ]),
  ].sort();
}

/**
 * How far from a visit a changed day can still move one of its deadlines: the longest lead time
 * counts about 45 working days back from the arrival (ngoWorkPlanWorkingDays), and the reports
 * after it 15 days on from the departure (postConferenceReportDays); both bounds are generous.
 */
export const RECHECK_REACH = { daysBeforeArrival: 120, daysAfterDeparture: 60 } as const;

/** Whether one of the changed days lies where it can move this visit's deadlines or meetings. */
export const withinReach = (visit: { arrival: string; departure: string }, days: readonly string[]) => {
  const from = addDays(visit.arrival.slice(0, 10), -RECHECK_REACH.daysBeforeArrival);
  const to = addDays(visit.departure.slice(0, 10), RECHECK_REACH.daysAfterDeparture);
  return days.some((day) => day >= from && day <= to);
};
