/**
 * What each day off and make-up working day is, as an official says it ("Tết Nguyên đán", "Nghỉ
 * bù Giỗ Tổ Hùng Vương"): the solar holidays by their date (Bộ luật Lao động 2019, Điều 112), the
 * lunar ones from the year's data (vietnamHolidays' `names`), and a swapped or compensating day by
 * the holiday it belongs to.
 */
import { vietnamHolidays } from './holidays-vn';

/** The solar-calendar holidays of Điều 112, by MM-DD. */
const solarHolidays: Record<string, string> = {
  '01-01': 'Tết Dương lịch',
  '04-30': 'Ngày Chiến thắng',
  '05-01': 'Ngày Quốc tế Lao động',
  '09-02': 'Quốc khánh',
  '11-24': 'Ngày Văn hóa Việt Nam',
};

/** How far a swapped or compensating day lies from its holiday. */
const NEAR_DAYS = 4;
/** How far a make-up working day lies from the holiday it pays for. */
const MAKE_UP_DAYS = 30;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The named day nearest to `date` within `days`, if any. */
function nearest(date: string, named: Map<string, string>, days: number): string | undefined {
  let best: { distance: number; name: string } | undefined;
  for (const [other, name] of named) {
    const distance = Math.abs(dayNumber(other) - dayNumber(date));
    if (distance <= days && (!best || distance < best.distance)) best = { distance, name };
  }
  return best?.name;
}

export function holidayNames(
  year: number,
  days: { daysOff: readonly string[]; makeUpWorkingDays: readonly string[] },
): Record<string, string> {
  const known = vietnamHolidays[year]?.names ?? {};
  // The holidays themselves, on whatever day they fall (a Sunday holiday names its Monday off).
  const named = new Map<string, string>(Object.entries(known));
  for (const [monthDay, name] of Object.entries(solarHolidays)) named.set(`${year}-${monthDay}`, name);
  const names: Record<string, string> = {};
  for (const date of days.daysOff) {
    const own = known[date] ?? solarHolidays[date.slice(5)];
    const near = own ? undefined : nearest(date, named, NEAR_DAYS);
    names[date] = own ?? (near ? `Nghỉ bù, hoán đổi dịp ${near}` : 'Ngày nghỉ theo thông báo');
  }
  for (const date of days.makeUpWorkingDays) {
    const near = nearest(date, named, MAKE_UP_DAYS);
    names[date] = near ? `Làm bù dịp ${near}` : 'Ngày làm bù';
  }
  return names;
}
