import { type DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Envelope } from '../../events/envelope';
import { StaleVersionError } from '../domain/errors';
import { type Meeting, meetingSchema } from '../domain/meeting';
import type { Meetings } from '../use-cases/ports/meetings';
import { isConditionFailure } from './conditional';
import type { TransactionalOutbox } from './outbox';
import { itemsUnder, keys } from './table-design';

export class DynamoMeetingRepository implements Meetings {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly outbox?: TransactionalOutbox,
  ) {}

  async get(delegationId: string, meetingId: string): Promise<Meeting | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({
        TableName: this.table,
        Key: keys.meeting(delegationId, meetingId),
        ConsistentRead: true,
      }),
    );
    return Item ? meetingSchema.parse(Item) : undefined;
  }

  async list(delegationId: string): Promise<Meeting[]> {
    const { Items = [] } = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        ...itemsUnder(delegationId, keys.meetingPrefix),
      }),
    );
    return Items.map((item) => meetingSchema.parse(item)).sort((a, b) => a.start.localeCompare(b.start));
  }

  /** Stores a meeting at version 1, or replaces it if it is still at `expectedVersion`, with its events. */
  async save(
    meeting: Meeting,
    expectedVersion: number | undefined,
    events: readonly Envelope[] = [],
  ): Promise<void> {
    if (!this.outbox) throw new Error('This function may only read meetings');
    try {
      await this.outbox.commit(
        { ...meeting, ...keys.meeting(meeting.delegationId, meeting.id), entity: 'Meeting' },
        expectedVersion === undefined
          ? { expression: 'attribute_not_exists(pk)' }
          : { expression: 'version = :expected', values: { ':expected': expectedVersion } },
        events,
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      throw new StaleVersionError(
        `Meeting ${meeting.id} changed since version ${expectedVersion}; reload it.`,
      );
    }
  }
}
