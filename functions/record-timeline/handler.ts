import { eventConsumer } from '../../shared/consumers/event-consumer';
import { functions } from '../../shared/manifest';
import { timelineStore } from '../../shared/wiring/stores';
import { summaryOf } from './summary';

const timeline = timelineStore();

/** The audit trail: every domain event about a delegation, appended once to its timeline. */
export const handler = eventConsumer(functions.recordTimeline, async (event) => {
  if (!event.delegationId) return;
  await timeline.append({
    delegationId: event.delegationId,
    eventId: event.eventId,
    name: event.name,
    version: event.version,
    occurredAt: event.occurredAt,
    correlationId: event.correlationId,
    actor: event.actor,
    summary: summaryOf(event),
  });
});
