import * as z from 'zod';
import type { ConsumerReads } from '../../shared/consumers/reads';

const date = z.iso.date();
const agency = z.string().min(1);
const meeting = z.object({
  id: z.string(),
  title: z.string(),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  roomId: z.string(),
  officialIds: z.array(z.string()),
  status: z.enum(['scheduled', 'cancelled']),
  sequence: z.number().int().min(0),
  updatedAt: z.iso.datetime({ offset: true }),
});
const decision = z.object({ version: z.number().int().positive(), note: z.string().optional() });

/** What the notifier's facts (shared/notifications/event-facts.ts) read from each event. */
export const reads = {
  'Delegation.ComplianceChecked': z.object({
    checkedVersion: z.number().int().positive(),
    status: z.string(),
    outcome: z.enum(['cleared', 'awaiting_permits', 'approval_required', 'blocked']),
    openPermissions: z.number().int().min(0).optional(),
    findings: z.array(
      z.object({
        ruleId: z.string(),
        severity: z.string(),
        message: z.string(),
        dueDate: date.optional(),
        overdue: z.boolean().optional(),
        agencies: z.array(agency),
        notices: z.array(z.object({ agency, message: z.string() })).optional(),
      }),
    ),
  }),
  'Delegation.Approved': decision,
  'Delegation.Rejected': decision,
  'Delegation.Cancelled': z.object({ reason: z.string() }),
  'Decision.Pending': z.object({
    outcome: z.enum(['approval_required', 'blocked']),
    reasons: z.array(z.object({ ruleId: z.string(), message: z.string(), dueDate: date.optional() })),
  }),
  'Meeting.Scheduled': z.object({ meeting }),
  'Meeting.Rescheduled': z.object({
    meeting,
    previous: z.object({ start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) }),
  }),
  'Meeting.Cancelled': z.object({ meeting }),
  'News.Approved': z.object({ title: z.string() }),
  'VisitReport.Overdue': z.object({ dueOn: date, daysOverdue: z.number().int().positive() }),
} satisfies ConsumerReads<
  | 'Delegation.ComplianceChecked'
  | 'Delegation.Approved'
  | 'Delegation.Rejected'
  | 'Delegation.Cancelled'
  | 'Decision.Pending'
  | 'Meeting.Scheduled'
  | 'Meeting.Rescheduled'
  | 'Meeting.Cancelled'
  | 'News.Approved'
  | 'VisitReport.Overdue'
>;
