/** POST /delegations/{id}/approvals: the record and the visit it cleared. */
import * as z from 'zod';
import { delegationSchema } from '../../domain/delegation';
import { externalApprovalSchema } from '../../domain/external-approval';

export const approvalRecorded = z.object({ approval: externalApprovalSchema, delegation: delegationSchema });
