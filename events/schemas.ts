import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import type { EventDefinition } from './envelope';

export const SCHEMAS_DIR = join(import.meta.dirname, 'schemas');

/** Where a published event version's JSON Schema is kept. */
export const schemaFile = (event: Pick<EventDefinition, 'name' | 'version'>) =>
  join(SCHEMAS_DIR, `${event.name}.v${event.version}.json`);

/** The JSON Schema of the whole envelope as the event is published now. */
export const currentSchema = (event: EventDefinition) =>
  z.toJSONSchema(event.schema, { unrepresentable: 'any' }) as Record<string, unknown>;

export function publishedSchema(event: EventDefinition): Record<string, unknown> | undefined {
  try {
    return JSON.parse(readFileSync(schemaFile(event), 'utf8'));
  } catch {
    return undefined;
  }
}
