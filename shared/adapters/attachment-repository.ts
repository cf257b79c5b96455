import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Envelope } from '../../events/envelope';
import { type Attachment, attachmentSchema } from '../domain/attachment';
import { StaleVersionError } from '../domain/errors';
import type { Attachments } from '../use-cases/ports/attachments';
import { isConditionFailure } from './conditional';
import { decodeCursor, encodeCursor } from './cursor';
import type { TransactionalOutbox } from './outbox';
import { itemsUnder, keys, tableDesign } from './table-design';

const { timeToLiveAttribute } = tableDesign;

export class DynamoAttachmentRepository implements Attachments {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly outbox?: TransactionalOutbox,
  ) {}

  async get(delegationId: string, attachmentId: string): Promise<Attachment | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.table,
        Key: keys.attachment(delegationId, attachmentId),
        ConsistentRead: true,
      }),
    );
    return Item ? attachmentSchema.parse(Item) : undefined;
  }

  /** Oldest first: the records' keys end in their ULIDs. */
  async page(delegationId: string, limit: number, after?: string) {
    const query = itemsUnder(delegationId, keys.attachmentPrefix);
    const { Items = [], LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        ...query,
        Limit: limit,
        ExclusiveStartKey: after
          ? decodeCursor(after, { pk: keys.delegation(delegationId).pk, skPrefix: keys.attachmentPrefix })
          : undefined,
      }),
    );
    return {
      items: Items.map((item) => attachmentSchema.parse(item)),
      next: LastEvaluatedKey ? encodeCursor(LastEvaluatedKey) : undefined,
    };
  }

  /**
   * Stores the record if it is still at `expectedVersion` (undefined: new). A write with events goes
   * through the outbox; one without (a new upload's record) needs none, nor the EventBridge client.
   */
  async save(attachment: Attachment, expectedVersion: number | undefined, events: readonly Envelope[] = []) {
    const item = {
      ...attachment,
      ...keys.attachment(attachment.delegationId, attachment.id),
      entity: 'Attachment',
      // A record whose upload never came goes a day after its link (DynamoDB's time to live).
      ...(attachment.status === 'pending' && attachment.uploadExpiresAt
        ? { [timeToLiveAttribute]: Math.floor(Date.parse(attachment.uploadExpiresAt) / 1000) + 86_400 }
        : {}),
    };
    const condition =
      expectedVersion === undefined
        ? { expression: 'attribute_not_exists(pk)' }
        : { expression: 'version = :expected', values: { ':expected': expectedVersion } };
    try {
      if (this.outbox) await this.outbox.commit(item, condition, events);
      else if (events.length > 0)
        throw new Error('Events need an outbox: this function was built without one');
      else
        await this.client.send(
          new PutCommand({
            TableName: this.table,
            Item: item,
            ConditionExpression: condition.expression,
            ExpressionAttributeValues: condition.values,
          }),
        );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      throw new StaleVersionError(`Attachment ${attachment.id} changed meanwhile; reload it.`);
    }
  }
}
