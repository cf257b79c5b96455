/** GET /worklist: the Office's day in one answer. */
import * as z from 'zod';
import { delegationStatuses } from '../../domain/status';

const visitLine = z.object({
  id: z.string(),
  receiptNumber: z.string().optional(),
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

/** The figures a dashboard shows at a glance. */
const summary = z.object({
  /** Visits arriving this calendar month (Hà Nội time), refused and cancelled ones left out. */
  visitsThisMonth: z.number().int().min(0),
  /** Visits waiting for leadership to approve or refuse, whenever they arrive. */
  waitingForLeadership: z.number().int().min(0),
  /** The Office's open tasks past their due date. */
  overdueTasks: z.number().int().min(0),
  arrivalsThisWeek: z.number().int().min(0),
  /** Post-visit reports past their due date. */
  reportsOverdue: z.number().int().min(0),
});

export const worklistView = z.object({
  today: z.iso.date(),
  summary,
  /** Visits arriving in the next seven days, soonest first. */
  arrivals: z.array(visitLine),
  /** Open visits with open tasks, the most urgent first, each with its tasks by due date. */
  visits: z.array(visitLine.extend({ tasks: z.array(task) })),
  /** Visits that took place and wait for their post-visit report. */
  reportsDue: z.array(visitLine.extend({ reportDueOn: z.iso.date(), overdue: z.boolean() })),
});
