import * as z from 'zod';
import { delegationSnapshotV1 } from './delegation-snapshot.v1';
import { defineEvent } from './envelope';

export const DelegationUpdatedV1 = defineEvent({
  name: 'Delegation.Updated',
  version: 1,
  description: 'The Office changed a registration; it goes back to review and is checked again.',
  dataSchema: z.object({ delegation: delegationSnapshotV1, changedFields: z.array(z.string()) }),
});
