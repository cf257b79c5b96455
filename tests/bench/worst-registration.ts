import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { LocalStack } from '../../infra/local/local-stack';
import { jicaVisit } from '../fixtures/registration';

/**
 * The largest registration the API accepts for the name index: 200 members with 50 distinct words
 * each. Counts the index items its POST wrote and times the request.
 */
export async function worstCaseRegistration(stack: LocalStack, token: string) {
  const member = jicaVisit().members[0] as Record<string, unknown>;
  const members = Array.from({ length: 200 }, (_, m) => ({
    ...member,
    role: m === 0 ? 'head' : 'member',
    passportNumber: `P${String(m).padStart(7, '0')}`,
    fullName: Array.from({ length: 50 }, (_, w) => `w${m}x${w}`)
      .join(' ')
      .slice(0, 200),
  }));
  const body = JSON.stringify(jicaVisit({ members: members as never }));
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
