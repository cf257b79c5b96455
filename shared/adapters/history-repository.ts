import { createHash } from 'node:crypto';
import { BatchGetCommand, type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type Delegation, delegationSchema } from '../domain/delegation';
import { InvalidCursorError } from '../domain/errors';
import { arrivalBounds, type HistoryQuery, matchesQuery } from '../history/filter';
import { namePartition, topicPartition, wordsOf } from '../history/search-terms';
import { isKeyValue } from './cursor';
import { keys } from './table-design';

/** Where a query starts: a GSI partition for single-valued filters, index items for topics and names. */
interface Driver {
  index?: string;
  partitionAttribute: string;
  sortAttribute: string;
  partition: string;
}

function driverFor(query: HistoryQuery): Driver {
  if (query.q) {
    const longest = wordsOf(query.q).sort((a, b) => b.length - a.length)[0] ?? '';
    return { partitionAttribute: 'pk', sortAttribute: 'sk', partition: namePartition(longest) };
  }
  if (query.topic)
    return { partitionAttribute: 'pk', sortAttribute: 'sk', partition: topicPartition(query.topic) };
  const gsi = (n: number, partition: string) => ({
    index: `gsi${n}`,
    partitionAttribute: `gsi${n}pk`,
    sortAttribute: `gsi${n}sk`,
    partition,
  });
  if (query.country) return gsi(2, `COUNTRY#${query.country}`);
  if (query.partnerType) return gsi(3, `PARTNER_TYPE#${query.partnerType}`);
  if (query.status) return gsi(4, `STATUS#${query.status}`);
  return gsi(1, 'DELEGATION');
}

/** Query pages read per request at most, so one request's cost is bounded whatever the filters. */
const READ_BUDGET = 8;

export interface HistoryPage {
  items: Delegation[];
  nextCursor?: string;
}

/**
 * The history of visits, newest arrival first. Every look-up is a Query on the partition of its
 * most selective filter, bounded by the arrival range; the other filters are checked on each hit.
 */
export class DynamoHistoryRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async page(query: HistoryQuery): Promise<HistoryPage> {
    const driver = driverFor(query);
    const fingerprint = fingerprintOf(query);
    const bounds = arrivalBounds(query);
    let start = query.cursor ? decode(query.cursor, driver, fingerprint, bounds) : undefined;
    const filters = [query.country, query.partnerType, query.status, query.topic, query.q].filter(
      Boolean,
    ).length;
    const onlyFilter = filters <= 1 && !query.q; // a name query matches words, then checks the phrase
    const items: Delegation[] = [];
    let last: Record<string, unknown> | undefined;
    for (let reads = 0; reads < READ_BUDGET && items.length < query.limit; reads++) {
      const { Items = [], LastEvaluatedKey } = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: driver.index,
          KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
          ExpressionAttributeNames: { '#pk': driver.partitionAttribute, '#sk': driver.sortAttribute },
          ExpressionAttributeValues: { ':pk': driver.partition, ':from': bounds.from, ':to': bounds.to },
          ScanIndexForward: false,
          // When the partition is the only filter nearly every hit counts: read just what the page needs.
          Limit: onlyFilter ? query.limit - items.length : Math.max(10, (query.limit - items.length) * 2),
          ExclusiveStartKey: start,
        }),
      );
      const delegations = await this.resolve(Items, driver);
      let stoppedEarly = false;
      for (const [index, item] of Items.entries()) {
        last = item;
        const delegation = delegations[index];
        if (delegation && matchesQuery(delegation, query)) items.push(delegation);
        if (items.length === query.limit) {
          stoppedEarly = index < Items.length - 1;
          break;
        }
      }
      if (!stoppedEarly && !LastEvaluatedKey) return { items };
      if (items.length === query.limit) break;
      start = LastEvaluatedKey;
    }
    return { items, nextCursor: last ? encode(keyOf(last, driver), driver, fingerprint) : undefined };
  }

  /** GSI hits are the delegations themselves; index items point to them. */
  private async resolve(
    items: Record<string, unknown>[],
    driver: Driver,
  ): Promise<(Delegation | undefined)[]> {
    if (driver.index) return items.map((item) => delegationSchema.parse(item));
    const ids = [...new Set(items.map((item) => String(item.delegationId)))];
    const found = new Map<string, Delegation>();
    for (let start = 0; start < ids.length; start += 100) {
      let request: Record<string, unknown>[] | undefined = ids
        .slice(start, start + 100)
        .map((id) => keys.delegation(id));
      for (let attempt = 0; request && request.length > 0 && attempt < 5; attempt++) {
        const result = await this.client.send(
          new BatchGetCommand({ RequestItems: { [this.table]: { Keys: request } } }),
        );
        for (const item of result.Responses?.[this.table] ?? []) {
          const delegation = delegationSchema.parse(item);
          found.set(delegation.id, delegation);
        }
        request = result.UnprocessedKeys?.[this.table]?.Keys as Record<string, unknown>[] | undefined;
      }
    }
    return items.map((item) => found.get(String(item.delegationId)));
  }
}

function keyOf(
  item: Record<string, unknown> | undefined,
  driver: Driver,
): Record<string, unknown> | undefined {
  if (!item) return undefined;
  const names = new Set(['pk', 'sk', driver.partitionAttribute, driver.sortAttribute]);
  return Object.fromEntries([...names].map((name) => [name, item[name]]));
}

const fingerprintOf = (query: HistoryQuery) =>
  createHash('sha256')
    .update(
      JSON.stringify([
        query.country,
        query.partnerType,
        query.status,
        query.topic,
        query.q,
        query.from,
        query.to,
      ]),
    )
    .digest('base64url')
    .slice(0, 12);

function encode(key: Record<string, unknown> | undefined, driver: Driver, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ f: fingerprint, p: driver.partition, k: key })).toString('base64url');
}

/**
 * A cursor must come from the same query (same filters and range, same partition) and hold a key
 * this table can have: every attribute of the page's key, each a proper key value, the sort key
 * inside the queried range and naming the same delegation as the item key. Anything else would
 * reach DynamoDB as an invalid ExclusiveStartKey; here it is a 400.
 */
function decode(
  cursor: string,
  driver: Driver,
  fingerprint: string,
  bounds: { from: string; to: string },
): Record<string, unknown> {
  const invalid = new InvalidCursorError(
    'The cursor is not one this query returned; start again without it.',
  );
  let parsed: { f?: unknown; p?: unknown; k?: Record<string, unknown> };
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  const key = parsed?.k;
  const expected = ['pk', 'sk', driver.partitionAttribute, driver.sortAttribute];
  if (parsed?.f !== fingerprint || parsed.p !== driver.partition || !key || typeof key !== 'object')
    throw invalid;
  const names = Object.keys(key);
  if (names.length !== new Set(expected).size || names.some((name) => !expected.includes(name)))
    throw invalid;
  if (!Object.values(key).every(isKeyValue)) throw invalid;
  if (key[driver.partitionAttribute] !== driver.partition) throw invalid;
  const position = key[driver.sortAttribute] as string;
  if (position < bounds.from || position > bounds.to) throw invalid;
  const id = position.slice(position.lastIndexOf('#') + 1);
  if (driver.index && (key.pk !== keys.delegation(id).pk || key.sk !== keys.delegation(id).sk)) throw invalid;
  return key;
}
