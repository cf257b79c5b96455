/** GET /worklist: the Office's day in one answer. */
import * as z from 'zod';
import { delegationStatuses } from '../../domain/status';

const visitLine = z.object({
  id: z.string(),
  /** The registration's revision: If-Match for finishing one of its tasks. */
  revision: z.number().int().positive(),
  partner: z.object({ name: z.string(), nameVi: z.string().optional(), country: z.string() }),
  arrival: z.string(),
  departure: z.string(),
  status: z.enum(delegationStatuses),
  /** The status as a person reads it. */
  statusVi: z.string(),
});

const task = z.object({
  /** What POST /delegations/{id}/tasks/{taskKey}/done marks done. */
  key: z.string(),
  ruleId: z.string(),
  title: z.string(),
  message: z.string(),
  severity: z.enum(['blocking', 'approval_required', 'action_required']),
  dueDate: z.iso.date().optional(),
  overdue: z.boolean(),
  /** Leadership decides it; the Office waits. */
  waitsForLeadership: z.boolean(),
});

export const worklistView = z.object({
  today: z.iso.date(),
  /** Visits arriving in the next seven days, soonest first. */
  arrivals: z.array(visitLine),
  /** Open visits with open tasks, the most urgent first, each with its tasks by due date. */
  visits: z.array(visitLine.extend({ tasks: z.array(task) })),
  /** Visits that took place and wait for their post-visit report. */
  reportsDue: z.array(visitLine.extend({ reportDueOn: z.iso.date(), overdue: z.boolean() })),
});
