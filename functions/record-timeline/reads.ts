import * as z from 'zod';
import type { ConsumerReads } from '../../shared/consumers/reads';

/** Every event's envelope; only an erasure's data is worded on the timeline. */
export const reads = {
  'Delegation.PersonalDataErased': z.object({
    passportNumbers: z.number().int().min(0),
    datesOfBirth: z.number().int().min(0).optional(),
    entryDetails: z.number().int().min(0).optional(),
    passportScans: z.number().int().min(0).optional(),
    retentionMonths: z.number().int().positive(),
  }),
} satisfies Partial<ConsumerReads<'Delegation.PersonalDataErased'>>;
