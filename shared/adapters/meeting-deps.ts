import { hungYenProfile } from '../compliance/profile';
import type { MeetingDeps } from '../use-cases/meetings';
import { DynamoCalendar } from './calendar-repository';
import { DynamoDelegationRepository } from './delegation-repository';
import { officialDirectory, roomDirectory } from './directories';
import { documentClient, tableName } from './dynamo-client';
import { eventBridgeClient, eventBusName } from './event-bridge-client';
import { EventBridgePublisher } from './event-publisher';
import { DynamoMeetingRepository } from './meeting-repository';

/** What every meeting function needs, built once per cold start. */
export function meetingDeps(): MeetingDeps {
  return {
    delegations: new DynamoDelegationRepository(documentClient, tableName()),
    meetings: new DynamoMeetingRepository(documentClient, tableName()),
    calendar: new DynamoCalendar(documentClient, tableName()),
    rooms: roomDirectory(),
    officials: officialDirectory(),
    events: new EventBridgePublisher(eventBridgeClient, eventBusName()),
    profile: hungYenProfile,
  };
}
