import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import { isConditionFailure } from './conditional';
import { keys } from './table-design';

/** An idempotency record as stored: the key's owner, its body's fingerprint and, once done, the answer. */
export const idempotencyRecordSchema = z.object({
  status: z.enum(['in_progress', 'completed', 'released']),
  fingerprint: z.string().min(1),
  resourceId: z.string().min(1),
  expiresAt: z.number().int(),
  lockedUntil: z.number().int().optional(),
  response: z
    .object({ statusCode: z.number().int(), body: z.unknown(), headers: z.record(z.string(), z.string()) })
    .optional(),
});

export interface StoredResponse {
  statusCode: number;
  body: unknown;
  headers: Record<string, string>;
}

export type Claim =
  /** This request owns the key; `resourceId` is stable across retries of the same request. */
  | { kind: 'claimed'; resourceId: string }
  | { kind: 'completed'; response: StoredResponse; resourceId: string }
  | { kind: 'in_progress' }
  | { kind: 'mismatch' };

export interface IdempotencyOptions {
  /** How long one attempt holds the key before another may take over (a crashed attempt). */
  lockMs: number;
  /** How long a completed answer is replayed. */
  retainSeconds: number;
}

/**
 * Idempotency records with single-item conditional writes (dynalite has no transactions).
 * A failed or timed-out attempt releases the key but keeps its resource id, so the retry
 * finishes the same delegation instead of creating a second one.
 */
export class DynamoIdempotencyStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly options: IdempotencyOptions = { lockMs: 30_000, retainSeconds: 24 * 3600 },
  ) {}

  async claim(
    scope: string,
    key: string,
    fingerprint: string,
    newResourceId: string,
    now: Date,
  ): Promise<Claim> {
    try {
      const { Attributes } = await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: keys.idempotency(scope, key),
          UpdateExpression:
            'SET #status = :inProgress, lockedUntil = :lockedUntil, fingerprint = if_not_exists(fingerprint, :fingerprint), ' +
            'resourceId = if_not_exists(resourceId, :resourceId), expiresAt = :expiresAt, entity = :entity',
          ConditionExpression:
            'attribute_not_exists(pk) OR (fingerprint = :fingerprint AND (#status = :released OR lockedUntil < :now))',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':inProgress': 'in_progress',
            ':released': 'released',
            ':lockedUntil': now.getTime() + this.options.lockMs,
            ':now': now.getTime(),
            ':fingerprint': fingerprint,
            ':resourceId': newResourceId,
            ':expiresAt': Math.floor(now.getTime() / 1000) + this.options.retainSeconds,
            ':entity': 'IdempotencyRecord',
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return { kind: 'claimed', resourceId: String(Attributes?.resourceId) };
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.table, Key: keys.idempotency(scope, key), ConsistentRead: true }),
    );
    if (!Item) return { kind: 'in_progress' };
    if (Item.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (Item.status === 'completed')
      return {
        kind: 'completed',
        response: Item.response as StoredResponse,
        resourceId: String(Item.resourceId),
      };
    return { kind: 'in_progress' };
  }

  async complete(scope: string, key: string, response: StoredResponse): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.idempotency(scope, key),
        UpdateExpression: 'SET #status = :completed, #response = :response REMOVE lockedUntil',
        ExpressionAttributeNames: { '#status': 'status', '#response': 'response' },
        ExpressionAttributeValues: { ':completed': 'completed', ':response': response },
      }),
    );
  }

  async release(scope: string, key: string): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.idempotency(scope, key),
        UpdateExpression: 'SET #status = :released',
        ConditionExpression: '#status = :inProgress',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':released': 'released', ':inProgress': 'in_progress' },
      }),
    );
  }
}
