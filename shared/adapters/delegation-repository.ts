import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type Delegation, delegationSchema } from '../domain/delegation';
import { StaleVersionError } from '../domain/errors';
import { isConditionFailure } from './conditional';
import { keys } from './table-design';

export interface DelegationStore {
  /** Stores a new delegation; when one with the same id exists (a retried request) returns that one. */
  createIfAbsent(delegation: Delegation): Promise<Delegation>;
  get(id: string): Promise<Delegation | undefined>;
  /** Replaces the stored delegation if it is still at `expectedVersion`; otherwise StaleVersionError. */
  save(delegation: Delegation, expectedVersion: number): Promise<void>;
}

export class DynamoDelegationRepository implements DelegationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async createIfAbsent(delegation: Delegation): Promise<Delegation> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: toItem(delegation),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return delegation;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await this.get(delegation.id);
      if (!existing) throw error;
      return existing;
    }
  }

  async save(delegation: Delegation, expectedVersion: number): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: toItem(delegation),
          ConditionExpression: 'version = :expected',
          ExpressionAttributeValues: { ':expected': expectedVersion },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      throw new StaleVersionError(
        `Delegation ${delegation.id} changed since version ${expectedVersion}; reload it and retry.`,
      );
    }
  }

  async get(id: string): Promise<Delegation | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.table, Key: keys.delegation(id), ConsistentRead: true }),
    );
    return Item ? delegationSchema.parse(Item) : undefined;
  }
}

function toItem(delegation: Delegation) {
  return {
    ...delegation,
    ...keys.delegation(delegation.id),
    ...keys.byArrival(delegation.visit.arrival, delegation.id),
    entity: 'Delegation',
  };
}
