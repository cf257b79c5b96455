/** Meetings with their findings, and the free times to book. */
import * as z from 'zod';
import { meetingSchema } from '../../domain/meeting';
import { findingView } from './compliance';

/** A meeting with its STATE_SECRETS findings (a confidential meeting waits for written approval). */
export const meetingView = meetingSchema.extend({ findings: z.array(findingView) });

export const meetingList = z.object({ delegationId: z.string(), meetings: z.array(meetingView) });

export const availabilityView = z.object({
  date: z.iso.date(),
  roomId: z.string().optional(),
  officialIds: z.array(z.string()),
  /** Minutes kept free around each booking. */
  bufferMinutes: z.number().int(),
  free: z.array(z.object({ start: z.string(), end: z.string() })),
});
