import { BatchWriteCommand, type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Envelope } from '../../events/envelope';
import { type Delegation, delegationSchema } from '../domain/delegation';
import { StaleVersionError } from '../domain/errors';
import { searchPartitions } from '../history/search-terms';
import type { DelegationStore, SaveOptions } from '../use-cases/ports/delegation-store';
import { isConditionFailure } from './conditional';
import type { TransactionalOutbox } from './outbox';
import { keys } from './table-design';

/** A topic or name index item: points to a delegation, sorted by its arrival. */
export const indexEntrySchema = z.object({
  pk: z.string().regex(/^(TOPIC|NAME)#./),
  sk: z.string().regex(/^\d{4}-\d{2}-\d{2}T.+#.+$/),
  delegationId: z.string().min(1),
});

export class DynamoDelegationRepository implements DelegationStore {
  /** Functions that only read are built without an outbox (and so without the EventBridge client). */
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly outbox?: TransactionalOutbox,
  ) {}

  private get writer(): TransactionalOutbox {
    if (!this.outbox) throw new Error('This function may only read delegations');
    return this.outbox;
  }

  async createIfAbsent(delegation: Delegation, events: readonly Envelope[] = []): Promise<Delegation> {
    try {
      // Index items first: a crash after them leaves entries readers drop, never a visit search misses.
      await this.syncIndexEntries(undefined, delegation, 'add');
      await this.writer.commit(toItem(delegation), { expression: 'attribute_not_exists(pk)' }, events);
      return delegation;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await this.get(delegation.id);
      if (!existing) throw error;
      // A retry finishes what a crash left undone: index items, waiting events.
      await this.syncIndexEntries(undefined, existing);
      await this.writer.flush(keys.delegation(existing.id));
      return existing;
    }
  }

  async save(delegation: Delegation, expectedVersion: number, options: SaveOptions = {}): Promise<void> {
    if (options.previous) await this.syncIndexEntries(options.previous, delegation, 'add');
    try {
      await this.writer.commit(
        toItem(delegation),
        { expression: 'version = :expected', values: { ':expected': expectedVersion } },
        options.events ?? [],
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      throw new StaleVersionError(
        `Delegation ${delegation.id} changed since version ${expectedVersion}; reload it and retry.`,
      );
    }
    if (options.previous) await this.syncIndexEntries(options.previous, delegation, 'remove');
  }

  async get(id: string): Promise<Delegation | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.table, Key: keys.delegation(id), ConsistentRead: true }),
    );
    return Item ? delegationSchema.parse(Item) : undefined;
  }

  /**
   * Keeps the topic and name index items in step with the delegation, without transactions
   * (dynalite has none): new entries are written before the delegation and old ones removed after
   * it, so a crash between the writes leaves an extra entry, never a missing one. Readers check
   * each hit against the delegation, so an extra entry is never shown.
   */
  private async syncIndexEntries(
    previous: Delegation | undefined,
    next: Delegation,
    step: 'add' | 'remove' | 'both' = 'both',
  ): Promise<void> {
    const before = new Map(entryKeys(previous).map((key) => [keyId(key), key]));
    const after = new Map(entryKeys(next).map((key) => [keyId(key), key]));
    const requests = [
      ...(step === 'add'
        ? []
        : [...before].filter(([id]) => !after.has(id)).map(([, key]) => ({ DeleteRequest: { Key: key } }))),
      ...(step === 'remove'
        ? []
        : [...after]
            .filter(([id]) => !before.has(id))
            .map(([, key]) => ({
              PutRequest: { Item: { ...key, entity: 'IndexEntry', delegationId: next.id } },
            }))),
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
