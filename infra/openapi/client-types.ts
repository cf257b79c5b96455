import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from './document';

export const CLIENT_TYPES_FILE = 'shared/api/client/schema.ts';

/** The TypeScript types of every route, generated from the OpenAPI document (what `npm run client` writes). */
export async function clientTypes(): Promise<string> {
  const ast = await openapiTS(openApiDocument() as Parameters<typeof openapiTS>[0]);
  return `/**\n * Generated from the OpenAPI document by \`npm run client\`: do not edit; a test fails when it is stale.\n */\n${astToString(ast)}`;
}
