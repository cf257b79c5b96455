import { contract } from '../../shared/api/routes/get-availability';
import { hungYenProfile } from '../../shared/compliance/profile';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { availability } from '../../shared/use-cases/availability';
import { holidayCalendar } from '../../shared/wiring/directories';
import { calendarStore } from '../../shared/wiring/stores';

const deps = {
  calendar: calendarStore(),
  holidays: holidayCalendar(),
  profile: hungYenProfile,
};

/** The free intervals of one working day for a room and officials together. */
export const handler = httpRoute(functions.getAvailability, contract, ({ query }) =>
  availability(query, deps),
);
