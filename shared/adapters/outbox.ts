import { setTimeout as sleep } from 'node:timers/promises';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { Envelope } from '../../events/envelope';
import { logger } from '../observability/logger';
import type { EventPublisher } from '../use-cases/ports/event-publisher';
import { isConditionFailure } from './conditional';

/** Where items with undelivered events are found (a sparse index: only such items are in it). */
export const OUTBOX_INDEX = {
  name: 'gsi5',
  partitionKey: 'gsi5pk',
  sortKey: 'gsi5sk',
  partition: 'OUTBOX',
} as const;

type Key = { pk: string; sk: string };

/** Waiting events younger than this are still being published by their writer. */
const ORPHAN_AFTER_MS = 3_000;
const MAX_ATTEMPTS = 10;

export interface WriteCondition {
  expression: string;
  values?: Record<string, unknown>;
}

/**
 * The transactional outbox, with single-item writes only (dynalite has neither transactions nor
 * streams): an item is written together with the events it causes, the events are then published
 * and cleared. If publishing fails the write still stands and its events wait in the item, where
 * the next write of that item or the outbox sweep delivers them. Event ids are stable, so a
 * delivery repeated after a crash is dropped by the consumers.
 */
export class TransactionalOutbox {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly publisher: EventPublisher,
  ) {}

  /** Writes `item` if `condition` holds, with its events; 'pending' when they could not be published yet. */
  async commit(
    item: Key & Record<string, unknown>,
    condition: WriteCondition,
    events: readonly Envelope[],
  ): Promise<'published' | 'pending' | 'none'> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.client.send(
          new PutCommand({
            TableName: this.table,
            Item: events.length > 0 ? { ...item, ...outboxFields(events, item) } : item,
            // A write never replaces an item whose events are still waiting.
            ConditionExpression: `(${condition.expression}) AND attribute_not_exists(outboxId)`,
            ExpressionAttributeValues: condition.values,
          }),
        );
        break;
      } catch (error) {
        if (!isConditionFailure(error) || attempt > MAX_ATTEMPTS || !(await this.makeRoom(item, attempt)))
          throw error;
      }
    }
    if (events.length === 0) return 'none';
    return (await this.deliver(item, events)) ? 'published' : 'pending';
  }

  /**
   * An item still holds events: usually its writer is publishing them right now (a consumer of
   * those very events can be that fast), so wait for it a little; events older than that were
   * left by a writer that failed or died, so deliver them. False when the item holds no events.
   */
  private async makeRoom(key: Key, attempt: number): Promise<boolean> {
    const waiting = await this.waiting(key);
    if (waiting.length === 0) return false;
    const age = Date.now() - Date.parse(waiting[0]?.occurredAt ?? '');
    if (age < ORPHAN_AFTER_MS && attempt < MAX_ATTEMPTS) {
      await sleep(20 * attempt);
      return true;
    }
    await this.deliver(key, waiting);
    return true;
  }

  /** Publishes the events waiting in an item; true when there were some and they are now out. */
  async flush(key: Key): Promise<boolean> {
    const waiting = await this.waiting(key);
    return waiting.length > 0 && this.deliver(key, waiting);
  }

  private async waiting(key: Key): Promise<Envelope[]> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.table, Key: { pk: key.pk, sk: key.sk }, ConsistentRead: true }),
    );
    return (Item?.outbox as Envelope[] | undefined) ?? [];
  }

  /**
   * Delivers every item's waiting events (the scheduled sweep): how many items it emptied, and how
   * many still wait because publishing failed again (the backlog the outbox alarm watches).
   */
  async sweep(): Promise<{ delivered: number; waiting: number }> {
    let delivered = 0;
    let waiting = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: OUTBOX_INDEX.name,
          KeyConditionExpression: `${OUTBOX_INDEX.partitionKey} = :outbox`,
          ExpressionAttributeValues: { ':outbox': OUTBOX_INDEX.partition },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        if (await this.deliver(item as Key, item.outbox as Envelope[])) delivered++;
        else waiting++;
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return { delivered, waiting };
  }

  private async deliver(key: Key, events: readonly Envelope[]): Promise<boolean> {
    try {
      await this.publisher.publish(events);
    } catch (error) {
      logger.warn('Events wait in the outbox; the sweep will deliver them', {
        key: key.pk,
        error: error as Error,
      });
      return false;
    }
    await this.client
      .send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: key.pk, sk: key.sk },
          UpdateExpression: `REMOVE outbox, outboxId, ${OUTBOX_INDEX.partitionKey}, ${OUTBOX_INDEX.sortKey}`,
          ConditionExpression: 'outboxId = :id',
          ExpressionAttributeValues: { ':id': events[0]?.eventId },
        }),
      )
      .catch((error) => {
        if (!isConditionFailure(error)) throw error; // already cleared by a concurrent delivery
      });
    return true;
  }
}

function outboxFields(events: readonly Envelope[], key: Key) {
  return {
    outbox: events,
    outboxId: events[0]?.eventId,
    [OUTBOX_INDEX.partitionKey]: OUTBOX_INDEX.partition,
    [OUTBOX_INDEX.sortKey]: `${events[0]?.occurredAt}#${key.pk}#${key.sk}`,
  };
}
