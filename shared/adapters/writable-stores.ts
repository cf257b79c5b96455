import { DynamoDelegationRepository } from './delegation-repository';
import { documentClient, tableName } from './dynamo-client';
import { eventBridgeClient, eventBusName } from './event-bridge-client';
import { EventBridgePublisher } from './event-publisher';
import { DynamoMeetingRepository } from './meeting-repository';
import { TransactionalOutbox } from './outbox';

export const eventPublisher = () => new EventBridgePublisher(eventBridgeClient, eventBusName());

/** The outbox of this function: writes carry their events, published right after or by the sweep. */
export const outbox = (publisher = eventPublisher()) =>
  new TransactionalOutbox(documentClient, tableName(), publisher);

export const writableDelegations = (events = outbox()) =>
  new DynamoDelegationRepository(documentClient, tableName(), events);
export const writableMeetings = (events = outbox()) =>
  new DynamoMeetingRepository(documentClient, tableName(), events);
