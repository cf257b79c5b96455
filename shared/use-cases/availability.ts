import type { RuleProfile } from '../compliance/profile';
import { resourcesOf } from '../domain/meeting';
import { freeIntervals } from '../scheduling/slots';
import type { Calendar } from './ports/calendar';
import { occupies } from './reservations';

export interface AvailabilityQuery {
  date: string;
  roomId?: string;
  officialIds?: string[];
}

/** The free intervals of one working day for a room and officials together. */
export async function availability(
  query: AvailabilityQuery,
  deps: {
    calendar: Calendar;
    profile: RuleProfile;
    holidays: { profile(base: RuleProfile): Promise<RuleProfile> };
  },
  now = Date.now(),
) {
  const officialIds = query.officialIds ?? [];
  const [days, profile] = await Promise.all([
    Promise.all(
      resourcesOf({ roomId: query.roomId, officialIds }).map((resource) =>
        deps.calendar.day(resource, query.date),
      ),
    ),
    deps.holidays.profile(deps.profile),
  ]);
  const busy = days.flatMap((day) => day.bookings.filter((booking) => occupies(booking, now)));
  return {
    date: query.date,
    roomId: query.roomId,
    officialIds,
    bufferMinutes: deps.profile.workingHours.bufferMinutes,
    free: freeIntervals(query.date, busy, profile),
  };
}
