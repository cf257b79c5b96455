import { holidayYearParams } from '../../shared/domain/holiday-year';
import { etagOf } from '../../shared/http/preconditions';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { holidayCalendar } from '../../shared/wiring/directories';

const calendar = holidayCalendar();
const query = holidayYearParams.partial();

/** Every year's holidays (or one year's, with its version as ETag for a PUT). */
export const handler = httpRoute(functions.getHolidays, { query }, async (request) => {
  const years = await calendar.list();
  const wanted = request.query.year;
  if (wanted === undefined) return { statusCode: 200, body: { items: years } };
  const year = years.find((item) => item.year === wanted) ?? {
    year: wanted,
    version: 0,
    official: false,
    source: 'no holiday data: weekends only',
    daysOff: [],
    makeUpWorkingDays: [],
  };
  return { statusCode: 200, body: { items: [year] }, headers: { etag: etagOf(year.version) } };
});
