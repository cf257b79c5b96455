import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';

/** How many name-index items one delegation has in the table (a whole-table scan, page by page). */
export async function nameIndexItems(client: DynamoDBDocumentClient, table: string, delegationId: string) {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: table,
        FilterExpression: 'entity = :entry AND delegationId = :id AND begins_with(pk, :name)',
        ExpressionAttributeValues: { ':entry': 'IndexEntry', ':id': delegationId, ':name': 'NAME#' },
        Select: 'COUNT',
        ExclusiveStartKey: start,
      }),
    );
    count += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}
