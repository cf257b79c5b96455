import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type TimelineEntry, timelineEntrySchema } from '../domain/timeline-entry';
import type { Page } from '../use-cases/ports/page';
import type { Timeline } from '../use-cases/ports/timeline';
import { isConditionFailure } from './conditional';
import { decodeCursor, encodeCursor } from './cursor';
import { itemsUnder, keys } from './table-design';

export class DynamoTimelineRepository implements Timeline {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Appends once: a redelivered event has the same key and is ignored. Returns false for a duplicate. */
  async append(entry: TimelineEntry): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...keys.timelineEntry(entry.delegationId, entry.occurredAt, entry.eventId),
            entity: 'TimelineEntry',
            ...entry,
          },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /** Oldest first, as a person reads a history. */
  async list(delegationId: string, limit: number, cursor?: string): Promise<Page<TimelineEntry>> {
    const { pk } = keys.delegation(delegationId);
    const { Items = [], LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        ...itemsUnder(delegationId, keys.timelinePrefix),
        Limit: limit,
        ExclusiveStartKey: cursor ? decodeCursor(cursor, { pk, skPrefix: keys.timelinePrefix }) : undefined,
      }),
    );
    return {
      items: Items.map((item) => timelineEntrySchema.parse(item)),
      nextCursor: LastEvaluatedKey ? encodeCursor(LastEvaluatedKey) : undefined,
    };
  }
}
