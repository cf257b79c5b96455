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
  return [
    ...valueChanges(published, current, path),
    ...boundChanges(published, current, path),
    ...propertyChanges(published, current, path),
    ...(published.items && current.items ? breakingChanges(published.items, current.items, `${path}[]`) : []),
    ...alternativeChanges(published, current, path),
  ];
}

/** The type, a constant, the allowed values, the pattern and format. */
function valueChanges(published: Schema, current: Schema, path: string): string[] {
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
  return changes;
}

/** Bounds may widen, never narrow: an archived event must still be valid. */
function boundChanges(published: Schema, current: Schema, path: string): string[] {
  const narrowed = (['maxLength', 'maximum', 'maxItems'] as const).filter(
    (key) => current[key] !== undefined && (published[key] === undefined || current[key] < published[key]),
  );
  const raised = (['minLength', 'minimum', 'minItems'] as const).filter(
    (key) => current[key] !== undefined && (published[key] === undefined || current[key] > published[key]),
  );
  return [
    ...narrowed.map((key) => `${path}: ${key} narrowed to ${current[key]}`),
    ...raised.map((key) => `${path}: ${key} raised to ${current[key]}`),
  ];
}

/** Every published field stays, as present as it was; no field becomes newly required. */
function propertyChanges(published: Schema, current: Schema, path: string): string[] {
  const changes: string[] = [];
  const wasRequired = new Set(published.required ?? []);
  const isRequired = new Set(current.required ?? []);
  for (const [name, schema] of Object.entries(published.properties ?? {})) {
    const next = current.properties?.[name];
    if (!next) changes.push(`${path}.${name}: removed`);
    else {
      if (wasRequired.has(name) && !isRequired.has(name))
        changes.push(`${path}.${name}: no longer always present`);
      changes.push(...breakingChanges(schema, next, `${path}.${name}`));
    }
  }
  for (const name of isRequired)
    if (!wasRequired.has(name)) changes.push(`${path}.${name}: newly required (published events lack it)`);
  return changes;
}

function alternativeChanges(published: Schema, current: Schema, path: string): string[] {
  if (!published.anyOf) return [];
  if (published.anyOf.length !== current.anyOf?.length) return [`${path}: its alternatives changed`];
  return published.anyOf.flatMap((option, index) =>
    breakingChanges(option, current.anyOf?.[index] ?? {}, `${path}|${index}`),
  );
}
