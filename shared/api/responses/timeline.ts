/** A visit's timeline, a page at a time. */
import * as z from 'zod';
import { timelineEntrySchema } from '../../domain/timeline-entry';

export const timelinePage = z.object({
  delegationId: z.string(),
  entries: z.array(timelineEntrySchema),
  nextCursor: z.string().optional(),
});
