/**
 * An in-process EventBridge bus with SQS-backed targets, for the local runtime. It answers the real
 * PutEvents API (so handlers publish with the real SDK client), routes each event with the
 * manifest's patterns, and delivers it to each consumer as the SQS record Lambda would receive,
 * retrying failed records and parking them in a dead-letter list after the last attempt.
 * With a queue folder, every accepted delivery is written there until its consumer has handled it
 * (or it is dead-lettered), so a crash loses nothing: `recover()` delivers what was in flight, as
 * SQS redelivers a message whose consumer died.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { type EventTrigger, eventPattern, type FunctionSpec, type QueueTrigger } from '../../shared/manifest';
import { matchesPattern } from './event-pattern';
import { lambdaContext } from './lambda-context';

export type QueueHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>;

export interface Subscription {
  spec: FunctionSpec<EventTrigger>;
  handler: QueueHandler;
}

export interface QueueSubscription {
  spec: FunctionSpec<QueueTrigger>;
  handler: QueueHandler;
}

export interface PutEventsEntry {
  Source?: string;
  DetailType?: string;
  Detail?: string;
  EventBusName?: string;
  Time?: number | string;
  Resources?: string[];
}

export interface DeadLetter {
  consumer: string;
  messageId: string;
  body: string;
  attempts: number;
  failedAt: string;
}

const ACCOUNT = '000000000000';

export class LocalEventBus {
  readonly deadLetters: DeadLetter[] = [];
  /** Every event accepted, in order: what was published, for the mail-less eyes of tests and demos. */
  readonly history: { detailType: string; detail: unknown }[] = [];
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    readonly name: string,
    private readonly region: string,
    private readonly subscriptions: readonly Subscription[],
    private readonly queues: readonly QueueSubscription[] = [],
    private readonly options: { maxReceiveCount: number; retryDelayMs: number; queueDir?: string } = {
      maxReceiveCount: 3,
      retryDelayMs: 200,
    },
  ) {}

  /** Delivers the messages a previous run accepted but did not finish, and reloads its dead letters. */
  recover(): number {
    const dir = this.options.queueDir;
    if (!dir) return 0;
    let recovered = 0;
    for (const file of filesIn(join(dir, 'dead-letters'))) {
      this.deadLetters.push(JSON.parse(readFileSync(file, 'utf8')) as DeadLetter);
    }
    for (const consumer of [...this.subscriptions, ...this.queues]) {
      for (const file of filesIn(join(dir, 'pending', consumer.spec.name))) {
        const { messageId, body } = JSON.parse(readFileSync(file, 'utf8')) as {
          messageId: string;
          body: string;
        };
        this.track(this.deliver(consumer, body, messageId));
        recovered++;
      }
    }
    return recovered;
  }

  /** Sends a message to a queue-triggered consumer, as SNS or another producer would in AWS. */
  sendToQueue(queue: string, body: string): boolean {
    const consumers = this.queues.filter((subscription) => subscription.spec.trigger.queue === queue);
    for (const consumer of consumers) this.track(this.deliver(consumer, body));
    return consumers.length > 0;
  }

  putEvents(entries: readonly PutEventsEntry[]) {
    const results = entries.map((entry) => this.accept(entry));
    return { FailedEntryCount: results.filter((result) => 'ErrorCode' in result).length, Entries: results };
  }

  /** The rules this bus applies, for comparison with the CDK stack's rules. */
  rules(): { consumer: string; pattern: Record<string, readonly string[]> }[] {
    return this.subscriptions.map(({ spec }) => ({
      consumer: spec.name,
      pattern: eventPattern(spec.trigger),
    }));
  }

  /** Resolves when every delivery started so far (and the retries it caused) has finished. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private accept(entry: PutEventsEntry): { EventId: string } | { ErrorCode: string; ErrorMessage: string } {
    const busName = entry.EventBusName?.split('/').pop() ?? 'default';
    if (busName !== this.name)
      return { ErrorCode: 'NotFound', ErrorMessage: `Event bus ${busName} does not exist.` };
    if (!entry.Source || !entry.DetailType || !entry.Detail) {
      return { ErrorCode: 'InvalidArgument', ErrorMessage: 'Source, DetailType and Detail are required.' };
    }
    let detail: unknown;
    try {
      detail = JSON.parse(entry.Detail);
    } catch {
      return { ErrorCode: 'MalformedDetail', ErrorMessage: 'Detail is not valid JSON.' };
    }
    const id = randomUUID();
    this.history.push({ detailType: entry.DetailType, detail });
    const event = {
      version: '0',
      id,
      'detail-type': entry.DetailType,
      source: entry.Source,
      account: ACCOUNT,
      time: toEventTime(entry.Time),
      region: this.region,
      resources: entry.Resources ?? [],
      detail,
    };
    for (const subscription of this.subscriptions) {
      if (matchesPattern(eventPattern(subscription.spec.trigger), event)) {
        this.track(this.deliver(subscription, JSON.stringify(event)));
      }
    }
    return { EventId: id };
  }

  private track(delivery: Promise<void>) {
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  private async deliver(
    subscription: Subscription | QueueSubscription,
    body: string,
    messageId: string = randomUUID(),
  ): Promise<void> {
    const pending = this.persist(['pending', subscription.spec.name], messageId, { messageId, body });
    for (let attempt = 1; attempt <= this.options.maxReceiveCount; attempt++) {
      const record = sqsRecord(subscription.spec.name, this.region, messageId, body, attempt);
      if (await this.handledOk(subscription, record)) {
        if (pending) rmSync(pending, { force: true });
        return;
      }
      if (attempt < this.options.maxReceiveCount) await sleep(this.options.retryDelayMs * attempt);
    }
    const deadLetter = {
      consumer: subscription.spec.name,
      messageId,
      body,
      attempts: this.options.maxReceiveCount,
      failedAt: new Date().toISOString(),
    };
    this.deadLetters.push(deadLetter);
    this.persist(['dead-letters'], messageId, deadLetter);
    if (pending) rmSync(pending, { force: true });
    console.error(
      `[local bus] ${subscription.spec.name} gave up on message ${messageId}; moved to its dead-letter queue`,
    );
  }

  /** Writes a message into the queue folder (nothing in memory-only mode); returns its file. */
  private persist(folder: string[], messageId: string, content: object): string | undefined {
    if (!this.options.queueDir) return undefined;
    const dir = join(this.options.queueDir, ...folder);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${messageId}.json`);
    // Written aside and renamed, so a crash never leaves half a message behind.
    writeFileSync(`${file}.tmp`, JSON.stringify(content));
    renameSync(`${file}.tmp`, file);
    return file;
  }

  private async handledOk(
    subscription: Subscription | QueueSubscription,
    record: SQSRecord,
  ): Promise<boolean> {
    const release = await this.slot(subscription.spec);
    try {
      const response = await subscription.handler({ Records: [record] }, lambdaContext(subscription.spec));
      return !response?.batchItemFailures.some((failure) => failure.itemIdentifier === record.messageId);
    } catch (error) {
      console.error(`[local bus] ${subscription.spec.name} threw`, error);
      return false;
    } finally {
      release();
    }
  }

  private readonly running = new Map<string, { count: number; waiting: (() => void)[] }>();

  /**
   * Waits until the consumer runs fewer invocations than its manifest's `maxConcurrency` (as the
   * SQS event source does in AWS, e.g. notify-agencies two at a time); unlimited without one.
   */
  private async slot(spec: FunctionSpec): Promise<() => void> {
    const limit = spec.trigger.type === 'events' ? spec.trigger.maxConcurrency : undefined;
    if (limit === undefined) return () => undefined;
    const state = this.running.get(spec.name) ?? { count: 0, waiting: [] };
    this.running.set(spec.name, state);
    while (state.count >= limit) await new Promise<void>((resume) => state.waiting.push(resume));
    state.count++;
    return () => {
      state.count--;
      state.waiting.shift()?.();
    };
  }
}

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(dir, name));
  } catch {
    return [];
  }
}

/** EventBridge times have second precision. */
function toEventTime(time: PutEventsEntry['Time']): string {
  const date = time === undefined ? new Date() : new Date(typeof time === 'number' ? time * 1000 : time);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function sqsRecord(
  queue: string,
  region: string,
  messageId: string,
  body: string,
  attempt: number,
): SQSRecord {
  const now = String(Date.now());
  return {
    messageId,
    receiptHandle: `${messageId}#${attempt}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(attempt),
      SentTimestamp: now,
      SenderId: 'events.amazonaws.com',
      ApproximateFirstReceiveTimestamp: now,
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:${region}:${ACCOUNT}:${queue}`,
    awsRegion: region,
  };
}
