import * as z from 'zod';
import type { ConsumerReads } from '../../shared/consumers/reads';
import { delegationSchema } from '../../shared/domain/delegation';

/** A whole delegation today's domain accepts: the check reads every field of the registration. */
const snapshot = z.object({ delegation: delegationSchema });

export const reads = {
  'Delegation.Registered': snapshot,
  'Delegation.Updated': snapshot,
  'Delegation.ApprovalRecorded': snapshot,
  'Delegation.RecheckRequested': snapshot,
} satisfies ConsumerReads<
  | 'Delegation.Registered'
  | 'Delegation.Updated'
  | 'Delegation.ApprovalRecorded'
  | 'Delegation.RecheckRequested'
>;
