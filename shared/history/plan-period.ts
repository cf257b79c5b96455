import type { LocalDate } from '../compliance/calendar';
import type { RuleProfile } from '../compliance/profile';

/**
 * The report's period: the administrative year of Nghị định 09/2019/NĐ-CP, Điều 12 (15/12 of the
 * year before to 14/12), or the calendar year, as the profile says.
 */
export function planPeriod(year: number, profile: RuleProfile): { from: LocalDate; to: LocalDate } {
  return profile.reportingPeriod === 'calendar'
    ? { from: `${year}-01-01`, to: `${year}-12-31` }
    : { from: `${year - 1}-12-15`, to: `${year}-12-14` };
}

/**
 * The year whose report counts `day`: in administrative periods a day from 15 December on belongs
 * to the next year's; in calendar periods, to its own year.
 */
export function planYearOf(day: LocalDate, reportingPeriod: RuleProfile['reportingPeriod']): number {
  const year = Number(day.slice(0, 4));
  return reportingPeriod === 'administrative' && day.slice(5) >= '12-15' ? year + 1 : year;
}
