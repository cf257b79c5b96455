import * as z from 'zod';
import type { ConsumerReads } from '../../shared/consumers/reads';

export const reads = {
  'HolidayCalendar.Changed': z.object({
    year: z.number().int(),
    version: z.number().int().positive(),
    changedDays: z.array(z.iso.date()).optional(),
  }),
} satisfies ConsumerReads<'HolidayCalendar.Changed'>;
