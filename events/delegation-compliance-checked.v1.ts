import * as z from 'zod';
import { agencyKeys } from '../shared/domain/agencies';
import { defineEvent } from './envelope';

const severity = z.enum(['blocking', 'approval_required', 'action_required', 'info']);

export const DelegationComplianceCheckedV1 = defineEvent({
  name: 'Delegation.ComplianceChecked',
  version: 1,
  description:
    'A delegation version was checked against the regulations; its status now reflects the outcome.',
  dataSchema: z.object({
    delegationId: z.string(),
    checkedVersion: z.number().int().positive(),
    status: z.enum(['cleared', 'approval_required', 'blocked']),
    outcome: z.enum(['cleared', 'approval_required', 'blocked']),
    profile: z.object({ id: z.string(), version: z.string() }),
    findings: z.array(
      z.object({
        ruleId: z.string(),
        severity,
        dueDate: z.iso.date().optional(),
        overdue: z.boolean().optional(),
        agencies: z.array(z.enum(agencyKeys)),
        message: z.string(),
      }),
    ),
    requiredApprovals: z.array(
      z.object({
        ruleId: z.string(),
        authority: z.string(),
        what: z.string(),
        dueDate: z.iso.date().optional(),
      }),
    ),
    agenciesToNotify: z.array(z.enum(agencyKeys)),
  }),
});
