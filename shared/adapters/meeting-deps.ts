import { hungYenProfile } from '../compliance/profile';
import type { MeetingDeps } from '../use-cases/meetings';
import { DynamoCalendar } from './calendar-repository';
import { holidayCalendar, officialDirectory, roomDirectory } from './directories';
import { documentClient, tableName } from './dynamo-client';
import { outbox, writableDelegations, writableMeetings } from './writable-stores';

/** What every meeting function needs, built once per cold start. */
export function meetingDeps(): MeetingDeps {
  const events = outbox();
  return {
    delegations: writableDelegations(events),
    meetings: writableMeetings(events),
    calendar: new DynamoCalendar(documentClient, tableName()),
    rooms: roomDirectory(),
    officials: officialDirectory(),
    profile: hungYenProfile,
    holidays: holidayCalendar(),
  };
}
