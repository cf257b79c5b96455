import * as z from 'zod';
import { delegationSchema } from '../shared/domain/delegation';
import { externalApprovalSchema } from '../shared/domain/external-approval';
import { defineEvent } from './envelope';

export const DelegationApprovalRecordedV1 = defineEvent({
  name: 'Delegation.ApprovalRecorded',
  version: 1,
  description:
    'The Office recorded a permission or permit from an outside authority; the delegation is checked again.',
  dataSchema: z.object({ delegation: delegationSchema, approval: externalApprovalSchema }),
});
