import * as z from 'zod';

/** A directory (rooms, officials, divisions, agencies) with the version to send back as If-Match. */
export const directoryView = <T extends z.ZodType>(items: T) =>
  z.object({ items, version: z.number().int() });
