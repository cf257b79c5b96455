import { DynamoDelegationRepository } from './delegation-repository';
import { documentClient, tableName } from './dynamo-client';
import { eventBridgeClient, eventBusName } from './event-bridge-client';
import { EventBridgePublisher } from './event-publisher';
import { DynamoMeetingRepository } from './meeting-repository';
import { TransactionalOutbox } from './outbox';

/** The outbox of this function: writes carry their events, published right after or by the sweep. */
export const outbox = () =>
  new TransactionalOutbox(
    documentClient,
    tableName(),
    new EventBridgePublisher(eventBridgeClient, eventBusName()),
  );

export const writableDelegations = (events = outbox()) =>
  new DynamoDelegationRepository(documentClient, tableName(), events);
export const writableMeetings = (events = outbox()) =>
  new DynamoMeetingRepository(documentClient, tableName(), events);
