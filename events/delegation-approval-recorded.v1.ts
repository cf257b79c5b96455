import * as z from 'zod';
import { externalApprovalSchema } from '../shared/domain/external-approval';
import { delegationSnapshotV1 } from './delegation-snapshot.v1';
import { defineEvent } from './envelope';

export const DelegationApprovalRecordedV1 = defineEvent({
  name: 'Delegation.ApprovalRecorded',
  version: 1,
  description:
    'The Office recorded a permission or permit from an outside authority; the delegation is checked again.',
  dataSchema: z.object({ delegation: delegationSnapshotV1, approval: externalApprovalSchema }),
});
