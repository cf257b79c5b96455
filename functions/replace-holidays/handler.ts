import { createEvent } from '../../events/envelope';
import { HolidayCalendarChangedV1 } from '../../events/holiday-calendar-changed.v1';
import { contract } from '../../shared/api/routes/replace-holidays';
import { assertHolidayYear, changedDays } from '../../shared/domain/holiday-year';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { holidayCalendar } from '../../shared/wiring/directories';
import { outbox } from '../../shared/wiring/writable-stores';

const calendar = holidayCalendar(outbox());

/** Replaces a year's holidays from the version admin read (If-Match: "0" for the shipped data). */
export const handler = httpRoute(functions.replaceHolidays, contract, async (request) => {
  const { year } = request.params;
  assertHolidayYear(year, request.body);
  const context = commandContext(request);
  // The version read here is the one If-Match names, or the replace below is refused as stale.
  const changed = changedDays((await calendar.years())[year], request.body);
  const saved = await calendar.replace(year, request.body, request.expectedVersion, context, (version) =>
    createEvent(
      HolidayCalendarChangedV1,
      {
        year,
        version,
        official: request.body.official,
        notice: request.body.notice,
        changedDays: changed,
      },
      { ...context, aggregateId: `holidays-${year}`, aggregateVersion: version },
    ),
  );
  return { year, ...saved, version: saved.version ?? 0 };
});
