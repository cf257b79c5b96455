import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { type NotificationRecord, notificationSchema } from '../domain/notification-record';
import type { NotificationKey, NotificationStore } from '../use-cases/ports/notifications';
import { isConditionFailure } from './conditional';
import { itemsUnder, keys } from './table-design';

type Key = NotificationKey;

/**
 * How long one attempt owns a send before a redelivery may look at it: two minutes in AWS (the
 * queue's redelivery comes later than that); the local runtime, which retries within seconds,
 * sets a shorter one.
 */
const LOCK_MS = Number(process.env.NOTIFICATION_LOCK_MS ?? 120_000);

/**
 * One record per (event, recipient), written before sending and completed after, so a
 * redelivered event or a retried batch never sends the same email twice.
 */
export class DynamoNotificationRepository implements NotificationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  private key(record: Key) {
    return keys.notification(record.delegationId, record.eventId, record.recipient);
  }

  /**
   * 'claimed' when this attempt may send; 'in_progress' while another attempt owns the send (the
   * caller retries later); otherwise the status that stands in its way.
   */
  async claim(
    record: NotificationRecord,
    now: Date,
  ): Promise<'claimed' | 'in_progress' | NotificationRecord['status']> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...record,
            ...this.key(record),
            entity: 'Notification',
            status: 'sending',
            lockedUntil: now.getTime() + LOCK_MS,
          },
          ConditionExpression: 'attribute_not_exists(pk) OR #status = :retry',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':retry': 'retry' },
        }),
      );
      return 'claimed';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    // A record still `sending` after its lock expired: the earlier attempt died after SES may have
    // accepted the mail. Sending again could duplicate it, so it is flagged for a person instead.
    try {
      await this.updateIf(
        record,
        'unconfirmed',
        now,
        {
          reason: 'The sending attempt stopped before it was recorded; check the SES log before resending.',
        },
        '#status = :sending AND lockedUntil < :nowMs',
        { ':sending': 'sending', ':nowMs': now.getTime() },
      );
      return 'unconfirmed';
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.table, Key: this.key(record), ConsistentRead: true }),
    );
    return Item?.status === 'sending'
      ? 'in_progress'
      : ((Item?.status as NotificationRecord['status']) ?? 'sent');
  }

  async record(record: NotificationRecord): Promise<void> {
    await this.client
      .send(
        new PutCommand({
          TableName: this.table,
          Item: { ...record, ...this.key(record), entity: 'Notification' },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      )
      .catch((error) => {
        if (!isConditionFailure(error)) throw error;
      });
  }

  update(
    record: Key,
    status: NotificationRecord['status'],
    now: Date,
    fields: Partial<Pick<NotificationRecord, 'reason' | 'messageId'>> = {},
  ): Promise<void> {
    return this.updateIf(record, status, now, fields);
  }

  async markBounced(record: Key, reason: string, now: Date): Promise<boolean> {
    try {
      await this.updateIf(record, 'bounced', now, { reason }, 'attribute_exists(pk)');
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      return false;
    }
  }

  private async updateIf(
    record: Key,
    status: NotificationRecord['status'],
    now: Date,
    fields: Partial<Pick<NotificationRecord, 'reason' | 'messageId'>> = {},
    condition?: string,
    conditionValues: Record<string, unknown> = {},
  ): Promise<void> {
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = {
      ':status': status,
      ':now': now.toISOString(),
      ...conditionValues,
    };
    const sets = ['#status = :status', 'updatedAt = :now', 'attempts = attempts + :one'];
    values[':one'] = status === 'sent' || status === 'failed' || status === 'retry' ? 1 : 0;
    for (const [field, value] of Object.entries(fields)) {
      names[`#${field}`] = field;
      values[`:${field}`] = value;
      sets.push(`#${field} = :${field}`);
    }
    await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: this.key(record),
        UpdateExpression: `SET ${sets.join(', ')} REMOVE lockedUntil`,
        ConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
      }),
    );
  }

  async list(delegationId: string): Promise<NotificationRecord[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          ...itemsUnder(delegationId, keys.notificationPrefix),
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items
      .map((item) => notificationSchema.parse(item))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }
}
