import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { StaleVersionError } from '../domain/errors';
import type { Directory, DirectoryStore } from '../use-cases/ports/directory';
import { isConditionFailure } from './conditional';
import { keys } from './table-design';

/** The stored form of a directory: written by admin's replace and by the deploy-time seed. */
export function directoryItem<T>(name: string, items: readonly T[], version: number) {
  return { ...keys.directory(name), entity: 'Directory', items, version };
}

/** A small list managed as one item (rooms, officials, agencies), replaced as a whole by admin. */
export class DynamoDirectory<T> implements DirectoryStore<T> {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly name: string,
    private readonly defaults: readonly T[] = [],
  ) {}

  async get(): Promise<Directory<T>> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.table, Key: keys.directory(this.name) }),
    );
    return Item
      ? { items: Item.items as T[], version: Item.version as number }
      : { items: [...this.defaults], version: 0 };
  }

  /** Replaces the list if nobody saved it since version `current` (0: never saved). */
  async replace(items: T[], current: number): Promise<Directory<T>> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: directoryItem(this.name, items, current + 1),
          ConditionExpression: current === 0 ? 'attribute_not_exists(pk)' : 'version = :current',
          ExpressionAttributeValues: current === 0 ? undefined : { ':current': current },
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      throw new StaleVersionError(`The ${this.name} list changed since version ${current}; reload it.`);
    }
    return { items, version: current + 1 };
  }
}
