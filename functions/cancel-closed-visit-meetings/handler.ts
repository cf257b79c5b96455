import { eventConsumer } from '../../shared/consumers/event-consumer';
import { functions } from '../../shared/manifest';
import { logger } from '../../shared/observability/logger';
import { cancelMeetingsOfClosedVisit } from '../../shared/use-cases/meetings';
import { meetingDeps } from '../../shared/wiring/meeting-deps';

const deps = meetingDeps();

/** Consumes Delegation.Cancelled and Delegation.Rejected. */
export const handler = eventConsumer(functions.cancelMeetingsOfClosedVisits, async (event) => {
  if (!event.delegationId) return;
  const cancelled = await cancelMeetingsOfClosedVisit(
    event.delegationId,
    { correlationId: event.correlationId, now: new Date() },
    deps,
  );
  logger.info('Meetings of a closed visit cancelled', { delegationId: event.delegationId, cancelled });
});
