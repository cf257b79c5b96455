/**
 * Dates as the Department counts them: local calendar days in Asia/Ho_Chi_Minh (UTC+7, no
 * daylight saving) and working days that skip weekends and public holidays from yearly data.
 */

import { addDays, type LocalDate } from '../domain/local-date';
import { onFirstUse } from '../on-first-use';
import type { HolidayYear } from './holidays-vn';

export { addDays, daysBetween, type LocalDate } from '../domain/local-date';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const localDates = onFirstUse(
  () =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }),
);

/** The local date of an instant, e.g. 2026-12-13T20:00:00Z is 2026-12-14 in Hưng Yên. */
export const localDateOf = (instant: string | Date): LocalDate =>
  localDates().format(typeof instant === 'string' ? new Date(instant) : instant);

const toUtcNoon = (date: LocalDate) => new Date(`${date}T12:00:00Z`);

/** dd/MM/yyyy, as Vietnamese documents write dates. */
export const formatVietnameseDate = (date: LocalDate): string => date.split('-').reverse().join('/');

/** "ngày 05/01/2027" for one day, "từ ngày 05/01/2027 đến ngày 07/01/2027" for several. */
export const formatVietnamesePeriod = (from: LocalDate, to: LocalDate): string =>
  from === to
    ? `ngày ${formatVietnameseDate(from)}`
    : `từ ngày ${formatVietnameseDate(from)} đến ngày ${formatVietnameseDate(to)}`;

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

  /** `date` itself if it is a working day, else the next one. */
  workingDayOnOrAfter(date: LocalDate): LocalDate {
    let cursor = date;
    while (!this.isWorkingDay(cursor)) cursor = addDays(cursor, 1);
    return cursor;
  }

  /** `date` itself if it is a working day, else the one before. */
  workingDayOnOrBefore(date: LocalDate): LocalDate {
    let cursor = date;
    while (!this.isWorkingDay(cursor)) cursor = addDays(cursor, -1);
    return cursor;
  }

  /**
   * The last working day on which a request may arrive so that `count` full working days lie
   * between it and `event`, neither day counted (Bộ luật Dân sự 2015, Điều 147: the day a period
   * starts is not counted): 5 working days before Monday 14/12/2026 is Friday 04/12/2026.
   */
  workingDaysBefore(event: LocalDate, count: number): LocalDate {
    let cursor = event;
    for (let counted = 0; counted < count; ) {
      cursor = addDays(cursor, -1);
      if (this.isWorkingDay(cursor)) counted++;
    }
    return this.workingDayOnOrBefore(addDays(cursor, -1));
  }

  /** The `count`-th working day after `date`, the day itself not counted (Điều 147). */
  workingDaysAfter(date: LocalDate, count: number): LocalDate {
    let cursor = date;
    for (let counted = 0; counted < count; ) {
      cursor = addDays(cursor, 1);
      if (this.isWorkingDay(cursor)) counted++;
    }
    return cursor;
  }

  /**
   * `days` calendar days after `date`; a period that ends on a weekend or holiday ends on the next
   * working day (Bộ luật Dân sự 2015, Điều 148).
   */
  daysAfter(date: LocalDate, days: number): LocalDate {
    return this.workingDayOnOrAfter(addDays(date, days));
  }

  /**
   * `days` calendar days before `event`; one that falls on a weekend or holiday moves to the working
   * day before, since the next one would be too late for the event.
   */
  daysBefore(event: LocalDate, days: number): LocalDate {
    return this.workingDayOnOrBefore(addDays(event, -days));
  }

  /** The day a request counts as received: one that arrives on a rest day is received on the next working day. */
  receivedOn(date: LocalDate): LocalDate {
    return this.workingDayOnOrAfter(date);
  }

  /** Whether the year's data is the official notice rather than a projection. */
  isOfficial(date: LocalDate): boolean {
    return this.years[Number(date.slice(0, 4))]?.official ?? false;
  }
}
