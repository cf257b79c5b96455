/**
 * Dates as the Department counts them: local calendar days in Asia/Ho_Chi_Minh (UTC+7, no
 * daylight saving) and working days that skip weekends and public holidays from yearly data.
 */
import type { HolidayYear } from './holidays-vn';

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const localDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The local date of an instant, e.g. 2026-12-13T20:00:00Z is 2026-12-14 in Hưng Yên. */
export const localDateOf = (instant: string | Date): LocalDate =>
  localDateFormat.format(typeof instant === 'string' ? new Date(instant) : instant);

const toUtcNoon = (date: LocalDate) => new Date(`${date}T12:00:00Z`);

export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = toUtcNoon(date);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  Math.round((toUtcNoon(to).getTime() - toUtcNoon(from).getTime()) / 86_400_000);

/** dd/MM/yyyy, as Vietnamese documents write dates. */
export const formatVietnameseDate = (date: LocalDate): string => date.split('-').reverse().join('/');

export class WorkingCalendar {
  private readonly daysOff = new Set<string>();
  private readonly workedWeekendDays = new Set<string>();

  constructor(private readonly years: Readonly<Record<number, HolidayYear>>) {
    for (const year of Object.values(years)) {
      for (const day of year.daysOff) this.daysOff.add(day);
      for (const day of year.makeUpWorkingDays) this.workedWeekendDays.add(day);
    }
  }

  /** A year without holiday data counts weekends only; reports say so (`isOfficial` is false). */
  isWorkingDay(date: LocalDate): boolean {
    if (this.workedWeekendDays.has(date)) return true;
    const weekday = toUtcNoon(date).getUTCDay();
    return weekday !== 0 && weekday !== 6 && !this.daysOff.has(date);
  }

  /**
   * The latest date by which something must happen so that `count` full working days remain
   * before `date`: with count 5 and arrival on Monday 14/12/2026, Monday 07/12/2026.
   */
  workingDaysBefore(date: LocalDate, count: number): LocalDate {
    let cursor = date;
    for (let counted = 0; counted < count; ) {
      cursor = addDays(cursor, -1);
      if (this.isWorkingDay(cursor)) counted++;
    }
    return cursor;
  }

  /** The `count`-th working day after `date`. */
  workingDaysAfter(date: LocalDate, count: number): LocalDate {
    let cursor = date;
    for (let counted = 0; counted < count; ) {
      cursor = addDays(cursor, 1);
      if (this.isWorkingDay(cursor)) counted++;
    }
    return cursor;
  }

  /** Whether the year's data is the official notice rather than a projection. */
  isOfficial(date: LocalDate): boolean {
    return this.years[Number(date.slice(0, 4))]?.official ?? false;
  }
}
