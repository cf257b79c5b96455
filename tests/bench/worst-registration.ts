import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LocalStack } from '../../infra/local/local-stack';
import { manyNamesVisit } from '../fixtures/registration';
import { nameIndexItems } from '../support/index-entries';

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
  const items = await nameIndexItems(client, stack.tableName, id);
  client.destroy();
  return { status: response.status, ms, indexItems: items, batchWrites: Math.ceil(items / 25) };
}
