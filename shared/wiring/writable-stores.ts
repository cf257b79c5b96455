import { DynamoDelegationRepository } from '../adapters/delegation-repository';
import { documentClient, tableName } from '../adapters/dynamo-client';
import { eventBridgeClient, eventBusName } from '../adapters/event-bridge-client';
import { EventBridgePublisher } from '../adapters/event-publisher';
import { DynamoMeetingRepository } from '../adapters/meeting-repository';
import { TransactionalOutbox } from '../adapters/outbox';

export const eventPublisher = () => new EventBridgePublisher(eventBridgeClient, eventBusName());

/** The outbox of this function: writes carry their events, published right after or by the sweep. */
export const outbox = (publisher = eventPublisher()) =>
  new TransactionalOutbox(documentClient, tableName(), publisher);

export const writableDelegations = (events = outbox()) =>
  new DynamoDelegationRepository(documentClient, tableName(), events);
export const writableMeetings = (events = outbox()) =>
  new DynamoMeetingRepository(documentClient, tableName(), events);
