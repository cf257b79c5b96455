import { Duration } from 'aws-cdk-lib';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { deadLetterQueue } from './dead-letter-queue';

export interface QueueConsumerProps {
  fn: LambdaFunction;
  batchSize: number;
  /** At most this many concurrent invocations (e.g. to stay within SES's sending rate). */
  maxConcurrency?: number;
  timeoutSeconds: number;
}

/**
 * A queue in front of a function, read with partial batch responses; a message that failed five
 * times moves to the dead-letter queue.
 */
export class QueueConsumer extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, props: QueueConsumerProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(this, 'DeadLetters');
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Six times the function's timeout, as Lambda advises for SQS event sources.
      visibilityTimeout: Duration.seconds(6 * props.timeoutSeconds),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: 5 },
    });
    props.fn.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: props.batchSize,
        reportBatchItemFailures: true,
        maxBatchingWindow: Duration.seconds(1),
        maxConcurrency: props.maxConcurrency,
      }),
    );
  }
}
