import {
  BatchWriteCommand,
  DeleteCommand,
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
} from '@aws-sdk/lib-dynamodb';
import { type Delegation, delegationSchema } from '../domain/delegation';
import { StaleVersionError } from '../domain/errors';
import { searchPartitions } from '../history/search-terms';
import { isConditionFailure } from './conditional';
import { keys } from './table-design';

export interface DelegationStore {
  /** Stores a new delegation; when one with the same id exists (a retried request) returns that one. */
  createIfAbsent(delegation: Delegation): Promise<Delegation>;
  get(id: string): Promise<Delegation | undefined>;
  /** Takes back a registration that could not be announced, with its index items. */
  remove(delegation: Delegation): Promise<void>;
  /** Replaces the stored delegation if it is still at `expectedVersion`; otherwise StaleVersionError. */
  /** `previous` (the stored copy) lets it update the topic and name index items when they changed. */
  save(delegation: Delegation, expectedVersion: number, previous?: Delegation): Promise<void>;
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
      await this.syncIndexEntries(undefined, delegation);
      return delegation;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await this.get(delegation.id);
      if (!existing) throw error;
      await this.syncIndexEntries(undefined, existing); // a retry finishes what a crash left undone
      return existing;
    }
  }

  async save(delegation: Delegation, expectedVersion: number, previous?: Delegation): Promise<void> {
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
    if (previous) await this.syncIndexEntries(previous, delegation);
  }

  /**
   * Keeps the topic and name index items in step with the delegation. Written after the
   * delegation itself (no transactions): readers check each hit against the delegation, so an
   * entry left behind by a crash is never shown.
   */
  private async syncIndexEntries(previous: Delegation | undefined, next: Delegation): Promise<void> {
    const before = new Map(entryKeys(previous).map((key) => [keyId(key), key]));
    const after = new Map(entryKeys(next).map((key) => [keyId(key), key]));
    const requests = [
      ...[...before].filter(([id]) => !after.has(id)).map(([, key]) => ({ DeleteRequest: { Key: key } })),
      ...[...after]
        .filter(([id]) => !before.has(id))
        .map(([, key]) => ({
          PutRequest: { Item: { ...key, entity: 'IndexEntry', delegationId: next.id } },
        })),
    ];
    for (let start = 0; start < requests.length; start += 25) {
      let batch: Record<string, unknown>[] | undefined = requests.slice(start, start + 25);
      for (let attempt = 0; batch && batch.length > 0 && attempt < 5; attempt++) {
        const result = await this.client.send(
          new BatchWriteCommand({ RequestItems: { [this.table]: batch as never } }),
        );
        batch = result.UnprocessedItems?.[this.table] as Record<string, unknown>[] | undefined;
      }
    }
  }

  async remove(delegation: Delegation): Promise<void> {
    await this.client.send(
      new DeleteCommand({
        TableName: this.table,
        Key: keys.delegation(delegation.id),
        ConditionExpression: 'version = :version',
        ExpressionAttributeValues: { ':version': delegation.version },
      }),
    );
    await this.syncIndexEntries(delegation, {
      ...delegation,
      topics: [],
      partner: { ...delegation.partner, name: '' },
      members: [],
    });
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
    ...keys.delegationIndexes(delegation),
    entity: 'Delegation',
  };
}

/** Every item one delegation is stored as: itself and its topic and name index items (bulk loads). */
export const delegationItems = (delegation: Delegation): Record<string, unknown>[] => [
  toItem(delegation),
  ...entryKeys(delegation).map((key) => ({ ...key, entity: 'IndexEntry', delegationId: delegation.id })),
];

const entryKeys = (delegation: Delegation | undefined) =>
  delegation
    ? searchPartitions(delegation).map((partition) =>
        keys.indexEntry(partition, delegation.visit.arrival, delegation.id),
      )
    : [];

const keyId = (key: { pk: string; sk: string }) => `${key.pk}|${key.sk}`;
