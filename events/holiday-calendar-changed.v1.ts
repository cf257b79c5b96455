import * as z from 'zod';
import { defineEvent } from './envelope';

export const HolidayCalendarChangedV1 = defineEvent({
  name: 'HolidayCalendar.Changed',
  version: 1,
  description:
    "Admin corrected a year's public holidays; visits not yet started are checked again against it.",
  dataSchema: z.object({
    year: z.number().int(),
    version: z.number().int().positive(),
    official: z.boolean(),
    notice: z.string(),
    /**
     * The days whose kind the correction changed (days off or make-up working days added or
     * removed); added to v1 as optional: without it every visit of the three years is re-checked.
     */
    changedDays: z.array(z.iso.date()).optional(),
  }),
});
