import type { EventBridgeEvent, SQSRecord } from 'aws-lambda';
import { type EventName, type EventOf, isEventOf, parseEnvelope } from '../../events/catalogue';
import { logger } from '../observability/logger';
import { queueConsumer } from './queue-consumer';

/**
 * A queue consumer of domain events: each SQS record's body is the EventBridge event a rule
 * forwarded. The handler receives exactly the events its manifest entry subscribes to, typed by
 * their names; another event (a rule changed by hand) is logged and left alone.
 */
export function eventConsumer<const N extends EventName>(
  spec: { name: string; trigger: { type: 'events'; events: readonly N[] | 'all' } },
  handle: (event: EventOf<N>, record: SQSRecord) => Promise<void>,
) {
  return queueConsumer(async (body, record) => {
    const bridged = JSON.parse(body) as EventBridgeEvent<string, unknown>;
    const event = parseEnvelope(bridged.detail);
    logger.appendKeys({ correlationId: event.correlationId });
    if (!isEventOf(event, spec.trigger.events)) {
      logger.warn('An event this function does not subscribe to was delivered; nothing done', {
        function: spec.name,
        event: event.name,
      });
      return;
    }
    await handle(event, record);
  });
}
