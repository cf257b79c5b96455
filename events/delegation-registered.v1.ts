import * as z from 'zod';
import { delegationSnapshotV1 } from './delegation-snapshot.v1';
import { defineEvent } from './envelope';

export const DelegationRegisteredV1 = defineEvent({
  name: 'Delegation.Registered',
  version: 1,
  description:
    'The Office registered an incoming delegation; the data is the stored delegation at version 1.',
  dataSchema: z.object({ delegation: delegationSnapshotV1 }),
});
