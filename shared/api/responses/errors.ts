import * as z from 'zod';

/** Every error: a code to act on, a message for people, details where useful (e.g. the invalid fields). */
export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .meta({
    id: 'Error',
    description: 'Every error: a code to act on, a message for people, details where useful',
  });
