/** GET /schedule: the visits and meetings of a range of days, for the calendar. */
import * as z from 'zod';
import { delegationSchema } from '../../domain/delegation';
import { meetingSchema } from '../../domain/meeting';

export const scheduleView = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  /** Visits present on at least one day of the range (refused and cancelled ones left out), by arrival. */
  visits: z.array(
    z.object({
      id: z.string(),
      receiptNumber: delegationSchema.shape.receiptNumber,
      partner: z.object({ name: z.string(), nameVi: z.string().optional(), country: z.string() }),
      arrival: z.string(),
      departure: z.string(),
      status: delegationSchema.shape.status,
      statusVi: z.string(),
      hostDivision: z.string(),
    }),
  ),
  /** Their meetings in the range, not cancelled, by start. */
  meetings: z.array(
    meetingSchema
      .pick({
        id: true,
        delegationId: true,
        title: true,
        start: true,
        end: true,
        roomId: true,
        officialIds: true,
      })
      .extend({ partnerName: z.string() }),
  ),
});
