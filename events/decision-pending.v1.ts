import * as z from 'zod';
import { defineEvent } from './envelope';

/** A finding that keeps a visit waiting for leadership: what, and by when. */
export const pendingReasonSchema = z.object({
  ruleId: z.string(),
  severity: z.enum(['approval_required', 'blocking']),
  message: z.string(),
  dueDate: z.iso.date().optional(),
});

export const DecisionPendingV1 = defineEvent({
  name: 'Decision.Pending',
  version: 1,
  description:
    "A visit still waits for leadership's decision (approval required, or blocked until fixed or rejected); published at most once a day.",
  dataSchema: z.object({
    delegationId: z.string(),
    outcome: z.enum(['approval_required', 'blocked']),
    waitingSince: z.iso.datetime({ offset: true }),
    reasons: z.array(pendingReasonSchema),
  }),
});
