import middy from '@middy/core';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { observability } from '../observability/lambda-middlewares';
import { logger } from '../observability/logger';

/**
 * An SQS consumer with partial batch responses: records are handled one by one and only the
 * failed ones are retried, then parked in the queue's dead-letter queue after its max receives.
 * Handlers must be idempotent: SQS delivers at least once.
 */
export function queueConsumer(handle: (body: string, record: SQSRecord) => Promise<void>) {
  return middy<SQSEvent, SQSBatchResponse, Error, Context>()
    .use(observability())
    .handler(async (batch) => {
      const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
      for (const record of batch.Records) {
        logger.resetKeys(); // one record's correlation id must not label the next one
        try {
          await handle(record.body, record);
        } catch (error) {
          logger.error('Record handling failed; it will be retried', {
            messageId: record.messageId,
            error: error as Error,
          });
          batchItemFailures.push({ itemIdentifier: record.messageId });
        }
      }
      return { batchItemFailures };
    });
}
