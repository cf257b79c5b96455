/**
 * The cold-start floor of `npm run bench`: a handler that only builds a DynamoDB document client at
 * module scope and reads one item, bundled with the project's own options. What a function costs
 * beyond it is the project's own start-up.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async (event: { id: string }) =>
  (await client.send(new GetCommand({ TableName: process.env.TABLE_NAME, Key: { pk: event.id, sk: 'A' } })))
    .Item;
