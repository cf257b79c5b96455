import { hungYenProfile } from '../compliance/profile';
import type { MeetingDeps } from '../use-cases/meetings';
import { holidayCalendar, officialDirectory, roomDirectory } from './directories';
import { calendarStore } from './stores';
import { outbox, writableDelegations, writableMeetings } from './writable-stores';

/** What every meeting function needs, built once per cold start. */
export function meetingDeps(): MeetingDeps {
  const events = outbox();
  return {
    delegations: writableDelegations(events),
    meetings: writableMeetings(events),
    calendar: calendarStore(),
    rooms: roomDirectory(),
    officials: officialDirectory(),
    profile: hungYenProfile,
    holidays: holidayCalendar(),
  };
}
