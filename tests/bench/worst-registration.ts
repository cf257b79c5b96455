import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalStack } from '../../infra/local/local-stack';
import { manyNamesVisit } from '../fixtures/registration';

/** Registers `manyNamesVisit()`, counts the index items its POST wrote and times the request. */
export async function worstCaseRegistration(stack: LocalStack, token: string) {
  const body = JSON.stringify(manyNamesVisit());
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamoUrl }));
  const started = performance.now();
  const response = await fetch(`${stack.url}/delegations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
  });
  const ms = performance.now() - started;
  const { id } = (await response.json()) as { id: string };
  const { Count = 0 } = await client.send(
    new ScanCommand({
      TableName: stack.tableName,
      FilterExpression: 'entity = :entry AND delegationId = :id',
      ExpressionAttributeValues: { ':entry': 'IndexEntry', ':id': id },
      Select: 'COUNT',
    }),
  );
  client.destroy();
  return { status: response.status, ms, indexItems: Count, batchWrites: Math.ceil(Count / 25) };
}
