import * as z from 'zod';
import { delegationSchema, visitReportSchema } from '../shared/domain/delegation';
import { defineEvent } from './envelope';

export const VisitStartedV1 = defineEvent({
  name: 'Visit.Started',
  version: 1,
  description: 'The delegation arrived: its visit is in progress.',
  dataSchema: z.object({ delegationId: z.string(), version: z.number().int().positive() }),
});

export const VisitCompletedV1 = defineEvent({
  name: 'Visit.Completed',
  version: 1,
  description: 'The delegation left; the host division now owes its report.',
  dataSchema: z.object({
    delegationId: z.string(),
    version: z.number().int().positive(),
    reportDueOn: z.iso.date(),
  }),
});

export const VisitReportSubmittedV1 = defineEvent({
  name: 'VisitReport.Submitted',
  version: 1,
  description: "The host division's results report was filed; the visit is closed as reported.",
  dataSchema: z.object({
    delegationId: z.string(),
    version: z.number().int().positive(),
    report: visitReportSchema,
  }),
});

export const VisitReportOverdueV1 = defineEvent({
  name: 'VisitReport.Overdue',
  version: 1,
  description: 'A post-visit or conference report is past its due date (published at most once a day).',
  dataSchema: z.object({
    delegationId: z.string(),
    ruleId: z.enum(['POST_VISIT_REPORT', 'CONFERENCE_REPORT']),
    dueOn: z.iso.date(),
    daysOverdue: z.number().int().positive(),
    delegation: delegationSchema.pick({ partner: true, visit: true, hostDivision: true }),
  }),
});
