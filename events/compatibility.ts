/**
 * Whether an event's current JSON Schema still describes every event published under its stored
 * schema (events/schemas/): consumers, and replays from the archive, rely on it. A new version of
 * an event is a new file; a published version may only grow optional fields.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  maxLength?: number;
  minLength?: number;
  maximum?: number;
  minimum?: number;
  maxItems?: number;
  minItems?: number;
};

const types = (schema: Schema) => [schema.type ?? []].flat().sort().join('|');

/** Each change that breaks the published contract, by path; empty when `current` is compatible. */
export function breakingChanges(published: Schema, current: Schema, path = '$'): string[] {
  const changes: string[] = [];
  if (types(published) !== types(current))
    changes.push(`${path}: type changed from ${types(published) || 'any'} to ${types(current) || 'any'}`);
  if ('const' in published && JSON.stringify(published.const) !== JSON.stringify(current.const))
    changes.push(`${path}: constant changed from ${JSON.stringify(published.const)}`);
  for (const value of published.enum ?? [])
    if (!current.enum?.some((allowed) => JSON.stringify(allowed) === JSON.stringify(value)))
      changes.push(`${path}: no longer allows ${JSON.stringify(value)}`);
  for (const key of ['pattern', 'format'] as const)
    if (published[key] !== current[key]) changes.push(`${path}: ${key} changed`);
  // Bounds may widen, never narrow: an archived event must still be valid.
  for (const key of ['maxLength', 'maximum', 'maxItems'] as const)
    if (current[key] !== undefined && (published[key] === undefined || current[key] < published[key]))
      changes.push(`${path}: ${key} narrowed to ${current[key]}`);
  for (const key of ['minLength', 'minimum', 'minItems'] as const)
    if (current[key] !== undefined && (published[key] === undefined || current[key] > published[key]))
      changes.push(`${path}: ${key} raised to ${current[key]}`);

  const wasRequired = new Set(published.required ?? []);
  const isRequired = new Set(current.required ?? []);
  for (const [name, schema] of Object.entries(published.properties ?? {})) {
    const next = current.properties?.[name];
    if (!next) {
      changes.push(`${path}.${name}: removed`);
      continue;
    }
    if (wasRequired.has(name) && !isRequired.has(name))
      changes.push(`${path}.${name}: no longer always present`);
    changes.push(...breakingChanges(schema, next, `${path}.${name}`));
  }
  for (const name of isRequired)
    if (!wasRequired.has(name)) changes.push(`${path}.${name}: newly required (published events lack it)`);

  if (published.items && current.items)
    changes.push(...breakingChanges(published.items, current.items, `${path}[]`));
  if (published.anyOf) {
    if (published.anyOf.length !== current.anyOf?.length) changes.push(`${path}: its alternatives changed`);
    else
      published.anyOf.forEach((option, index) => {
        changes.push(...breakingChanges(option, current.anyOf?.[index] ?? {}, `${path}|${index}`));
      });
  }
  return changes;
}
