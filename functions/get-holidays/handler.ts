import { contract } from '../../shared/api/routes/get-holidays';
import { holidayNames } from '../../shared/compliance/holiday-names';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { holidayCalendar } from '../../shared/wiring/directories';

const calendar = holidayCalendar();

/** Every year's holidays (or one year's, with its version as ETag for a PUT). */
export const handler = httpRoute(functions.getHolidays, contract, async ({ query }) => {
  const named = <
    T extends { year: number; daysOff: readonly string[]; makeUpWorkingDays: readonly string[] },
  >(
    year: T,
  ) => ({
    ...year,
    names: holidayNames(year.year, year),
  });
  const years = await calendar.list();
  if (query.year === undefined) return { items: years.map(named) };
  const year = years.find((item) => item.year === query.year) ?? {
    year: query.year,
    version: 0,
    official: false,
    source: 'no holiday data: weekends only',
    daysOff: [],
    makeUpWorkingDays: [],
  };
  return { items: [named(year)] };
});
