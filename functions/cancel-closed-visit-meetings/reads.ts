import * as z from 'zod';
import type { ConsumerReads } from '../../shared/consumers/reads';

/** Only the envelope's delegation id: the visit's meetings are read from the table. */
export const reads = {
  'Delegation.Cancelled': z.object({}),
  'Delegation.Rejected': z.object({}),
} satisfies ConsumerReads<'Delegation.Cancelled' | 'Delegation.Rejected'>;
