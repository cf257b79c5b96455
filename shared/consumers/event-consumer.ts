import middy from '@middy/core';
import type { Context, EventBridgeEvent, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { parseEnvelope } from '../../events/catalogue';
import type { Envelope } from '../../events/envelope';
import { logger } from '../observability/logger';

/**
 * A queue consumer of domain events. Each SQS record's body is the EventBridge event the rule
 * forwarded; records are handled one by one so that only the failed ones are retried
 * (partial batch response) and, after the queue's max receives, land in its dead-letter queue.
 * Handlers must be idempotent: SQS delivers at least once.
 */
export function eventConsumer(handle: (event: Envelope, record: SQSRecord) => Promise<void>) {
  return middy<SQSEvent, SQSBatchResponse, Error, Context>().handler(async (batch) => {
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    for (const record of batch.Records) {
      try {
        const bridged = JSON.parse(record.body) as EventBridgeEvent<string, unknown>;
        const envelope = parseEnvelope(bridged.detail);
        logger.appendKeys({ correlationId: envelope.correlationId });
        await handle(envelope, record);
      } catch (error) {
        logger.error('Event handling failed; the record will be retried', {
          messageId: record.messageId,
          error: error as Error,
        });
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures };
  });
}
