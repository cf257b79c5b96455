/** Calendar days as `YYYY-MM-DD` and the arithmetic on them, without a time zone or a calendar. */

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

const toUtcNoon = (date: LocalDate) => new Date(`${date}T12:00:00Z`);

export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = toUtcNoon(date);
  shifted.setUTCDate(shifted.getUTCDate() + days);
  return shifted.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from: LocalDate, to: LocalDate): number =>
  Math.round((toUtcNoon(to).getTime() - toUtcNoon(from).getTime()) / 86_400_000);
