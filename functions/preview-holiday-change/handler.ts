import { contract } from '../../shared/api/routes/preview-holiday-change';
import { assertHolidayYear } from '../../shared/domain/holiday-year';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { previewRecheck } from '../../shared/use-cases/recheck-visits';
import { holidayCalendar } from '../../shared/wiring/directories';
import { readMeetings, reportSource } from '../../shared/wiring/stores';

const calendar = holidayCalendar();
const source = reportSource();
const deps = {
  current: async (year: number) => (await calendar.years())[year],
  arriving: (from: string, to: string) => source.arriving(from, to),
  meetings: readMeetings(),
};

/** The same checks as saving, then what the save would re-check; nothing is written. */
export const handler = httpRoute(functions.previewHolidayChange, contract, ({ params, body }) => {
  assertHolidayYear(params.year, body);
  return previewRecheck(params.year, body, deps);
});
