import * as z from 'zod';
import { actorSchema } from './actor';

/** One line of a delegation's timeline: a domain event, or what became of a notification. */
export const timelineEntrySchema = z.object({
  delegationId: z.string(),
  eventId: z.string(),
  name: z.string(),
  version: z.number(),
  occurredAt: z.string(),
  correlationId: z.string(),
  actor: actorSchema,
  /** A one-line Vietnamese account, for entries that are not domain events (notifications). */
  summary: z.string().optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
