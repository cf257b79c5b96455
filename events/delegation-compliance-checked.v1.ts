import * as z from 'zod';
import { agencyKeys } from '../shared/domain/agencies';
import { delegationStatuses } from '../shared/domain/status';
import { defineEvent } from './envelope';

const severity = z.enum(['blocking', 'approval_required', 'action_required', 'info']);

export const DelegationComplianceCheckedV1 = defineEvent({
  name: 'Delegation.ComplianceChecked',
  version: 1,
  description:
    'A delegation version was checked against the regulations. Before a decision its status becomes the outcome; ' +
    'after one (a permission recorded on an approved visit) the status stays and only the report changes.',
  dataSchema: z.object({
    delegationId: z.string(),
    checkedVersion: z.number().int().positive(),
    /** The status after the check: the outcome, or the decided status a re-check left unchanged. */
    status: z.enum(delegationStatuses),
    outcome: z.enum(['cleared', 'awaiting_permits', 'approval_required', 'blocked']),
    profile: z.object({ id: z.string(), version: z.string() }),
    findings: z.array(
      z.object({
        ruleId: z.string(),
        severity,
        dueDate: z.iso.date().optional(),
        overdue: z.boolean().optional(),
        agencies: z.array(z.enum(agencyKeys)),
        /** The Office's task. */
        message: z.string(),
        /** What each agency is told (added to v1 as optional: older events carry none). */
        notices: z.array(z.object({ agency: z.enum(agencyKeys), message: z.string() })).optional(),
      }),
    ),
    requiredApprovals: z.array(
      z.object({
        ruleId: z.string(),
        authority: z.string(),
        kind: z.string().optional(),
        what: z.string(),
        dueDate: z.iso.date().optional(),
        neededBy: z.iso.date().optional(),
        recorded: z
          .object({
            id: z.string(),
            documentNumber: z.string(),
            documentDate: z.string(),
            issuingBody: z.string(),
          })
          .optional(),
      }),
    ),
    /** Permissions from outside authorities still missing; the guest list waits for none. */
    openPermissions: z.number().int().min(0).optional(),
    agenciesToNotify: z.array(z.enum(agencyKeys)),
    /** Nothing is published about the visit (a sensitive topic); added to v1 as optional. */
    sensitive: z.boolean().optional(),
  }),
});
