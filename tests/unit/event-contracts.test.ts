import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { eventCatalogue } from '../../events/catalogue';
import { breakingChanges } from '../../events/compatibility';
import { currentSchema, publishedSchema } from '../../events/schemas';

describe('Published events keep their contract', () => {
  it.each(eventCatalogue.map((event) => [`${event.name} v${event.version}`, event] as const))(
    '%s: still describes every event published under it',
    (_, event) => {
      const published = publishedSchema(event);
      expect(published, 'no schema in events/schemas: run `npm run events:schemas`').toBeDefined();
      expect(breakingChanges(published ?? {}, currentSchema(event))).toEqual([]);
    },
  );

  it('keeps events/schemas up to date with the compatible changes (run `npm run events:schemas`)', () => {
    for (const event of eventCatalogue)
      expect(publishedSchema(event), event.name).toEqual(currentSchema(event));
  });
});

describe('What breaks a published event', () => {
  const schema = (shape: z.ZodRawShape) => z.toJSONSchema(z.object(shape)) as Record<string, unknown>;
  const published = schema({
    id: z.string(),
    status: z.enum(['cleared', 'blocked']),
    note: z.string().optional(),
  });

  it('allows a new optional field and a new status', () => {
    expect(
      breakingChanges(
        published,
        schema({
          id: z.string(),
          status: z.enum(['cleared', 'blocked', 'approved']),
          note: z.string().optional(),
          extra: z.number().optional(),
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['a removed field', { id: z.string(), status: z.enum(['cleared', 'blocked']) }, '$.note: removed'],
    [
      'a retyped field',
      { id: z.number(), status: z.enum(['cleared', 'blocked']), note: z.string().optional() },
      '$.id: type changed from string to number',
    ],
    [
      'a new required field',
      { id: z.string(), status: z.enum(['cleared', 'blocked']), note: z.string().optional(), by: z.string() },
      '$.by: newly required (published events lack it)',
    ],
    [
      'a removed status',
      { id: z.string(), status: z.enum(['cleared']), note: z.string().optional() },
      '$.status: no longer allows "blocked"',
    ],
    [
      'a field that may now be missing',
      { id: z.string().optional(), status: z.enum(['cleared', 'blocked']), note: z.string().optional() },
      '$.id: no longer always present',
    ],
    [
      'a narrower bound',
      { id: z.string().max(10), status: z.enum(['cleared', 'blocked']), note: z.string().optional() },
      '$.id: maxLength narrowed to 10',
    ],
  ])('refuses %s', (_, shape, change) => {
    expect(breakingChanges(published, schema(shape as z.ZodRawShape))).toContain(change);
  });
});
