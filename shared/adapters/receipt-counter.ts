import { type DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { ReceiptNumbers } from '../use-cases/ports/receipt-numbers';
import { keys } from './table-design';

/** The counter item as stored: the last number given in its year. */
export const receiptCounterSchema = z.object({
  pk: z.literal('COUNTER#receipt'),
  sk: z.string().regex(/^YEAR#\d{4}$/),
  entity: z.literal('ReceiptCounter'),
  last: z.number().int().positive(),
});

/**
 * Each year's receipt numbers from one counter item: ADD is atomic, so two registrations at the same
 * moment never get the same number (dynalite has no transactions, and none is needed).
 */
export class DynamoReceiptCounter implements ReceiptNumbers {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async next(year: string): Promise<number> {
    const { Attributes } = await this.client.send(
      new UpdateCommand({
        TableName: this.table,
        Key: keys.receiptCounter(year),
        UpdateExpression: 'ADD #last :one SET entity = :entity',
        ExpressionAttributeNames: { '#last': 'last' },
        ExpressionAttributeValues: { ':one': 1, ':entity': 'ReceiptCounter' },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.last);
  }
}
