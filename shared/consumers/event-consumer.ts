import type { EventBridgeEvent, SQSRecord } from 'aws-lambda';
import { parseEnvelope } from '../../events/catalogue';
import type { Envelope } from '../../events/envelope';
import { logger } from '../observability/logger';
import { queueConsumer } from './queue-consumer';

/** A queue consumer of domain events: each SQS record's body is the EventBridge event a rule forwarded. */
export function eventConsumer(handle: (event: Envelope, record: SQSRecord) => Promise<void>) {
  return queueConsumer(async (body, record) => {
    const bridged = JSON.parse(body) as EventBridgeEvent<string, unknown>;
    const envelope = parseEnvelope(bridged.detail);
    logger.appendKeys({ correlationId: envelope.correlationId });
    await handle(envelope, record);
  });
}
