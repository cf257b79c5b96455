/**
 * What the routes answer, as zod schemas: the route contracts name them, the OpenAPI document and
 * the typed client are generated from them, and a test holds the local stack's real answers to them.
 * Nested parts the console does not rely on stay open (`looseObject`): they may carry more.
 */
import * as z from 'zod';
import { pendingReasonSchema } from '../../events/decision-pending.v1';
import { attachmentSchema } from '../domain/attachment';
import { delegationSchema } from '../domain/delegation';
import { externalApprovalSchema } from '../domain/external-approval';
import { meetingSchema } from '../domain/meeting';
import { notificationSchema } from '../domain/notification-record';
import { timelineEntrySchema } from '../domain/timeline-entry';
import { groupings } from '../history/summary';

const severity = z.enum(['blocking', 'approval_required', 'action_required', 'info']);

/** Who must give which permission, by when, and the document that gave it once recorded. */
const requiredApprovalView = z.looseObject({
  authority: z.string(),
  kind: z.string().optional(),
  what: z.string(),
  dueDate: z.iso.date().optional(),
  neededBy: z.iso.date().optional(),
  recorded: z
    .looseObject({
      id: z.string(),
      documentNumber: z.string(),
      documentDate: z.iso.date(),
      issuingBody: z.string(),
    })
    .optional(),
});

/** One finding: what was found and what to do, by when, on which legal basis, who is told. */
export const findingView = z.looseObject({
  ruleId: z.string(),
  severity,
  title: z.object({ vi: z.string(), en: z.string() }),
  message: z.string(),
  citation: z.string(),
  dueDate: z.iso.date().optional(),
  overdue: z.boolean().optional(),
  agencies: z.array(z.string()),
  approvals: z.array(requiredApprovalView),
});

/** GET /delegations/{id}/compliance: the latest report, readable, and whether it is current. */
export const complianceReportView = z.looseObject({
  delegationId: z.string(),
  delegationVersion: z.number().int(),
  checkedAt: z.string(),
  outcome: z.enum(['cleared', 'approval_required', 'blocked']),
  outcomeVi: z.string(),
  current: z.boolean(),
  delegationStatus: z.string(),
  findings: z.array(
    findingView.extend({
      severityVi: z.string(),
      dueDateVi: z.string().optional(),
      agencyNames: z.array(z.string()),
    }),
  ),
  summaryVi: z.array(z.string()),
});

/** A page of a list, with the cursor of the next page when there is one. */
const page = <T extends z.ZodType>(items: T) =>
  z.object({ items: z.array(items), nextCursor: z.string().optional() });

/** One visit in the history of visits. */
export const historyPage = page(
  z.object({
    id: z.string(),
    partner: delegationSchema.shape.partner,
    purpose: z.string(),
    topics: delegationSchema.shape.topics,
    visit: delegationSchema.shape.visit,
    status: delegationSchema.shape.status,
    members: z.number().int(),
    head: z.string().optional(),
    hostDivision: z.string(),
  }),
);

export const timelinePage = z.object({
  delegationId: z.string(),
  entries: z.array(timelineEntrySchema),
  nextCursor: z.string().optional(),
});

export const pendingDecisions = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['approval_required', 'blocked']),
      revision: z.number().int(),
      partner: delegationSchema.shape.partner,
      visit: delegationSchema.shape.visit,
      purpose: z.string(),
      waitingSince: z.string(),
      reasons: z.array(pendingReasonSchema),
    }),
  ),
});

/** A meeting with its STATE_SECRETS findings (a confidential meeting waits for written approval). */
export const meetingView = meetingSchema.extend({ findings: z.array(findingView) });

export const meetingList = z.object({ delegationId: z.string(), meetings: z.array(meetingView) });

export const approvalRecorded = z.object({ approval: externalApprovalSchema, delegation: delegationSchema });

export const notificationList = z.object({
  delegationId: z.string(),
  notifications: z.array(notificationSchema),
});

export const availabilityView = z.object({
  date: z.iso.date(),
  roomId: z.string().optional(),
  officialIds: z.array(z.string()),
  /** Minutes kept free around each booking. */
  bufferMinutes: z.number().int(),
  free: z.array(z.object({ start: z.string(), end: z.string() })),
});

/** A directory (rooms, officials, divisions, agencies) with the version to send back as If-Match. */
export const directoryView = <T extends z.ZodType>(items: T) =>
  z.object({ items, version: z.number().int() });

export const holidayYearView = z.object({
  year: z.number().int(),
  version: z.number().int(),
  official: z.boolean(),
  source: z.string(),
  daysOff: z.array(z.iso.date()),
  makeUpWorkingDays: z.array(z.iso.date()),
});

export const holidayYears = z.object({ items: z.array(holidayYearView) });

export const ruleList = z.object({
  profile: z.object({ id: z.string(), version: z.string(), name: z.string(), province: z.string() }),
  rules: z.array(
    z.object({
      id: z.string(),
      title: z.object({ vi: z.string(), en: z.string() }),
      citation: z.string(),
      verified: z.boolean(),
      inForce: z.looseObject({ from: z.iso.date() }),
      versions: z.array(z.looseObject({ from: z.iso.date(), citation: z.string() })),
      parameters: z.record(z.string(), z.unknown()),
    }),
  ),
  holidayCalendar: z.array(holidayYearView),
});

const summaryRow = z.object({
  group: z.string(),
  label: z.string(),
  delegations: z.number().int(),
  members: z.number().int(),
  meetings: z.number().int(),
  cleared: z.number().int(),
  approvalRequired: z.number().int(),
  blocked: z.number().int(),
  awaitingDecision: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  cancelled: z.number().int(),
  completed: z.number().int(),
  reported: z.number().int(),
  overdueReports: z.number().int(),
});

export const summaryReport = z.object({
  title: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  groupBy: z.enum(groupings),
  rows: z.array(summaryRow),
  totals: summaryRow,
});

export const visitListReport = z.object({
  title: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  items: z.array(
    z.object({
      id: z.string(),
      partnerNameVi: z.string().optional(),
      partnerName: z.string(),
      country: z.string(),
      countryName: z.string(),
      partnerType: z.string(),
      members: z.number().int(),
      head: z.object({ fullName: z.string(), title: z.string().optional() }).optional(),
      arrival: z.iso.date(),
      departure: z.iso.date(),
      purpose: z.string(),
      hostDivision: z.string(),
      status: delegationSchema.shape.status,
      statusVi: z.string(),
      results: z.string().optional(),
      agreementsSigned: z.array(z.string()),
    }),
  ),
});

/** The file types the report routes answer with when the query asks for csv or xlsx. */
export const REPORT_FILES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;

/** Every error: a code to act on, a message for people, details where useful (e.g. the invalid fields). */
export const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .meta({
    id: 'Error',
    description: 'Every error: a code to act on, a message for people, details where useful',
  });

const { objectKey: _key, objectVersion: _version, ...attachmentShape } = attachmentSchema.shape;
/** An attachment as the API shows it: its record without where the bucket keeps it. */
export const attachmentView = z.object(attachmentShape).meta({ id: 'Attachment' });

/** POST /delegations/{id}/attachments: the record and where to PUT the file. */
export const attachmentUpload = z.object({
  attachment: attachmentView,
  upload: z.object({
    method: z.literal('PUT'),
    url: z.string(),
    /** Send exactly these headers (and the declared length): the URL is signed for them. */
    headers: z.record(z.string(), z.string()),
    expiresAt: z.string(),
  }),
});

export const attachmentList = z.object({
  delegationId: z.string(),
  attachments: z.array(
    attachmentView.extend({ download: z.object({ url: z.string(), expiresAt: z.string() }).optional() }),
  ),
});
