import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { StaleVersionError } from '../domain/errors';
import { type Meeting, meetingSchema } from '../domain/meeting';
import { isConditionFailure } from './conditional';
import { keys } from './table-design';

export class DynamoMeetingRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
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
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.delegation(delegationId).pk, ':prefix': keys.meetingPrefix },
      }),
    );
    return Items.map((item) => meetingSchema.parse(item)).sort((a, b) => a.start.localeCompare(b.start));
  }

  /** Stores a meeting at version 1, or replaces it if it is still at `expectedVersion`. */
  async save(meeting: Meeting, expectedVersion?: number): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...meeting, ...keys.meeting(meeting.delegationId, meeting.id), entity: 'Meeting' },
          ConditionExpression:
            expectedVersion === undefined ? 'attribute_not_exists(pk)' : 'version = :expected',
          ExpressionAttributeValues:
            expectedVersion === undefined ? undefined : { ':expected': expectedVersion },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      throw new StaleVersionError(
        `Meeting ${meeting.id} changed since version ${expectedVersion}; reload it.`,
      );
    }
  }
}
