import * as z from 'zod';
import { delegationSnapshotV1 } from './delegation-snapshot.v1';
import { defineEvent } from './envelope';

export const DelegationRecheckRequestedV1 = defineEvent({
  name: 'Delegation.RecheckRequested',
  version: 1,
  description:
    'Something the check depends on changed outside the registration (the holiday calendar); the delegation is checked again.',
  dataSchema: z.object({
    delegation: delegationSnapshotV1,
    reason: z.object({ holidayYear: z.number().int(), calendarVersion: z.number().int().positive() }),
  }),
});
