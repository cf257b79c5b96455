import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { DynamoTimelineRepository } from '../../shared/adapters/timeline-repository';
import { eventConsumer } from '../../shared/consumers/event-consumer';

const timeline = new DynamoTimelineRepository(documentClient, tableName());

/** The audit trail: every domain event about a delegation, appended once to its timeline. */
export const handler = eventConsumer(async (event) => {
  if (!event.delegationId) return;
  await timeline.append({
    delegationId: event.delegationId,
    eventId: event.eventId,
    name: event.name,
    version: event.version,
    occurredAt: event.occurredAt,
    correlationId: event.correlationId,
    actor: event.actor,
  });
});
