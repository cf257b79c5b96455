/**
 * What each HTTP route of the manifest takes and returns, as the zod schemas its handler
 * validates with. The OpenAPI document is generated from this map and the manifest; a test
 * fails if a manifest route is missing here.
 */
import * as z from 'zod';
import { pendingReasonSchema } from '../../events/decision-pending.v1';
import {
  availabilityQuerySchema,
  cancelBodySchema,
  decisionBodySchema,
  reportQuerySchema,
  secrecyApprovalBodySchema,
  timelineQuerySchema,
  visitsQuerySchema,
} from '../../shared/api/request-schemas';
import { agencyListSchema } from '../../shared/domain/agency-directory';
import {
  delegationSchema,
  registrationPatchSchema,
  registrationRequestSchema,
  visitReportSchema,
} from '../../shared/domain/delegation';
import { divisionListSchema } from '../../shared/domain/divisions';
import { externalApprovalInputSchema, externalApprovalSchema } from '../../shared/domain/external-approval';
import { holidayYearInputSchema, holidayYearParams } from '../../shared/domain/holiday-year';
import { meetingChangeSchema, meetingRequestSchema, meetingSchema } from '../../shared/domain/meeting';
import { notificationSchema } from '../../shared/domain/notification-record';
import { officialListSchema, roomListSchema } from '../../shared/domain/resources';
import { timelineEntrySchema } from '../../shared/domain/timeline-entry';
import { historyQuerySchema } from '../../shared/history/filter';
import { delegationIdParams, meetingParams } from '../../shared/http/path-params';

export interface RouteDoc {
  summary: string;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** The success status and what it returns. */
  ok: { status: number; schema?: z.ZodType; description: string; contentType?: string };
  /** Headers the route reads beyond authorization and content type. */
  headers?: ('Idempotency-Key' | 'If-Match')[];
}

const list = <T extends z.ZodType>(items: T) =>
  z.object({ items: z.array(items), nextCursor: z.string().optional() });
/** The parts of GET /delegations/{id}/compliance a client relies on; the report carries more. */
const complianceReportView = z.looseObject({
  delegationId: z.string(),
  delegationVersion: z.number().int(),
  checkedAt: z.string(),
  outcome: z.enum(['cleared', 'approval_required', 'blocked']),
  outcomeVi: z.string(),
  current: z.boolean(),
  delegationStatus: z.string(),
  findings: z.array(
    z.looseObject({
      ruleId: z.string(),
      severity: z.enum(['blocking', 'approval_required', 'action_required', 'info']),
      severityVi: z.string(),
      title: z.object({ vi: z.string(), en: z.string() }),
      message: z.string(),
      citation: z.string(),
      dueDate: z.iso.date().optional(),
      dueDateVi: z.string().optional(),
    }),
  ),
});
const directory = (items: z.ZodType) => z.object({ items, version: z.number().int() });
const holidayYearView = z.object({
  year: z.number().int(),
  version: z.number().int(),
  official: z.boolean(),
  source: z.string(),
  daysOff: z.array(z.iso.date()),
  makeUpWorkingDays: z.array(z.iso.date()),
});

export const routeDocs: Record<string, RouteDoc> = {
  'POST /delegations': {
    summary: 'Register an incoming delegation',
    body: registrationRequestSchema,
    headers: ['Idempotency-Key'],
    ok: { status: 201, schema: delegationSchema, description: 'The stored delegation (ETag = version)' },
  },
  'GET /delegations': {
    summary: 'Look up the history of visits',
    query: historyQuerySchema,
    ok: {
      status: 200,
      schema: list(z.object({ id: z.string() }).passthrough()),
      description: 'One page, newest arrival first',
    },
  },
  'GET /delegations/{id}': {
    summary: 'Read one delegation',
    params: delegationIdParams,
    ok: { status: 200, schema: delegationSchema, description: 'The delegation' },
  },
  'PATCH /delegations/{id}': {
    summary: 'Change a registration',
    params: delegationIdParams,
    body: registrationPatchSchema,
    headers: ['If-Match'],
    ok: { status: 200, schema: delegationSchema, description: 'The changed delegation, back under review' },
  },
  'GET /delegations/{id}/timeline': {
    summary: "A delegation's timeline",
    params: delegationIdParams,
    query: timelineQuerySchema,
    ok: {
      status: 200,
      schema: z.object({
        delegationId: z.string(),
        entries: z.array(timelineEntrySchema),
        nextCursor: z.string().optional(),
      }),
      description: 'Events, oldest first',
    },
  },
  'GET /delegations/{id}/compliance': {
    summary: 'The latest compliance report',
    params: delegationIdParams,
    ok: {
      status: 200,
      schema: complianceReportView,
      description: 'The report with each finding, its legal source, what to do and by when',
    },
  },
  'POST /delegations/{id}/decision': {
    summary: 'Approve or reject (leadership)',
    params: delegationIdParams,
    body: decisionBodySchema,
    headers: ['If-Match'],
    ok: { status: 200, schema: delegationSchema, description: 'The decided delegation' },
  },
  'POST /delegations/{id}/cancel': {
    summary: 'Cancel a visit',
    params: delegationIdParams,
    body: cancelBodySchema,
    ok: { status: 200, schema: delegationSchema, description: 'The cancelled delegation' },
    headers: ['If-Match'],
  },
  'GET /rules': {
    summary: 'Every compliance rule with its legal source and current figures',
    ok: { status: 200, description: 'Rules, profile and holiday calendar' },
  },
  'POST /delegations/{id}/meetings': {
    summary: 'Book a meeting',
    params: delegationIdParams,
    body: meetingRequestSchema,
    headers: ['Idempotency-Key'],
    ok: {
      status: 201,
      schema: meetingSchema,
      description: 'The meeting, with STATE_SECRETS findings when confidential',
    },
  },
  'GET /delegations/{id}/meetings': {
    summary: "A delegation's meetings",
    params: delegationIdParams,
    ok: { status: 200, description: 'Meetings in order' },
  },
  'PATCH /delegations/{id}/meetings/{meetingId}': {
    summary: 'Reschedule a meeting',
    params: meetingParams,
    body: meetingChangeSchema,
    headers: ['If-Match'],
    ok: { status: 200, schema: meetingSchema, description: 'The meeting, its sequence raised' },
  },
  'DELETE /delegations/{id}/meetings/{meetingId}': {
    summary: 'Cancel a meeting',
    params: meetingParams,
    headers: ['If-Match'],
    ok: { status: 200, schema: meetingSchema, description: 'The cancelled meeting' },
  },
  'POST /delegations/{id}/meetings/{meetingId}/secrecy-approval': {
    summary: "Record the competent person's written approval of a confidential meeting",
    params: meetingParams,
    body: secrecyApprovalBodySchema,
    ok: { status: 200, schema: meetingSchema, description: 'The approved meeting' },
    headers: ['If-Match'],
  },
  'GET /availability': {
    summary: 'Free intervals of a working day',
    query: availabilityQuerySchema,
    ok: { status: 200, description: 'Free intervals for the room and officials together' },
  },
  'GET /rooms': {
    summary: 'Meeting rooms',
    ok: { status: 200, schema: directory(roomListSchema), description: 'The list (ETag = version)' },
  },
  'PUT /rooms': {
    summary: 'Replace the meeting rooms',
    body: roomListSchema,
    headers: ['If-Match'],
    ok: { status: 200, schema: directory(roomListSchema), description: 'The saved list' },
  },
  'GET /officials': {
    summary: 'Officials who attend meetings',
    ok: { status: 200, schema: directory(officialListSchema), description: 'The list' },
  },
  'PUT /officials': {
    summary: 'Replace the officials',
    body: officialListSchema,
    headers: ['If-Match'],
    ok: { status: 200, schema: directory(officialListSchema), description: 'The saved list' },
  },
  'GET /delegations/{id}/notifications': {
    summary: 'Every email about a delegation',
    params: delegationIdParams,
    ok: {
      status: 200,
      schema: z.object({ delegationId: z.string(), notifications: z.array(notificationSchema) }),
      description: 'Recipient, addresses, event, status, SES message id, time',
    },
  },
  'GET /agencies': {
    summary: 'The agency directory',
    ok: { status: 200, schema: directory(agencyListSchema), description: 'The directory' },
  },
  'PUT /agencies': {
    summary: 'Replace the agency directory',
    body: agencyListSchema,
    headers: ['If-Match'],
    ok: { status: 200, schema: directory(agencyListSchema), description: 'The saved directory' },
  },
  'GET /divisions': {
    summary: "The Department's divisions that host visits",
    ok: { status: 200, schema: directory(divisionListSchema), description: 'The list (ETag = version)' },
  },
  'PUT /divisions': {
    summary: "Replace the Department's divisions and their addresses",
    body: divisionListSchema,
    headers: ['If-Match'],
    ok: { status: 200, schema: directory(divisionListSchema), description: 'The saved list' },
  },
  'POST /delegations/{id}/approvals': {
    summary:
      'Record a permission or permit from an outside authority (conference permission, restricted-area ' +
      'permit, press permit, religious acceptance, content approval, secrets approval); the visit is checked again',
    params: delegationIdParams,
    body: externalApprovalInputSchema,
    headers: ['If-Match'],
    ok: {
      status: 201,
      schema: z.object({ approval: externalApprovalSchema, delegation: delegationSchema }),
      description: 'The record and the delegation (ETag = its new revision)',
    },
  },
  'GET /calendar/holidays': {
    summary: 'Public holidays and make-up working days of each year (or of `year`), with their versions',
    query: holidayYearParams.partial(),
    ok: {
      status: 200,
      schema: z.object({ items: z.array(holidayYearView) }),
      description: 'The years (ETag = version when one year is asked for; 0: as shipped)',
    },
  },
  'PUT /calendar/holidays/{year}': {
    summary:
      "Correct a year's holidays from the government's notice; visits not yet started are checked again",
    params: holidayYearParams,
    body: holidayYearInputSchema,
    headers: ['If-Match'],
    ok: { status: 200, schema: holidayYearView, description: 'The saved year (ETag = its version)' },
  },
  'GET /decisions/pending': {
    summary: 'Visits waiting for leadership, oldest first, with their reasons',
    ok: {
      status: 200,
      description: 'Each waiting visit with the revision to decide on (If-Match) and its reasons',
      schema: z.object({
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
      }),
    },
  },
  'GET /reports/summary': {
    summary: 'Summary report (JSON, CSV or XLSX)',
    query: reportQuerySchema,
    ok: {
      status: 200,
      description:
        'The summary (counts by check outcome and by lifecycle status), or a file download for csv and xlsx (xlsx: a second sheet lists the visits)',
    },
  },
  'GET /reports/visits': {
    summary: 'The visits of a period themselves (JSON, CSV or XLSX)',
    query: visitsQuerySchema,
    ok: {
      status: 200,
      description:
        'Per visit: partner (Vietnamese and original name), country, members, head and title, dates, purpose, host division, status, results and agreements signed',
    },
  },
  'POST /delegations/{id}/visit-report': {
    summary: "File the host division's post-visit report",
    params: delegationIdParams,
    body: visitReportSchema,
    ok: { status: 200, schema: delegationSchema, description: 'The delegation, now reported' },
    headers: ['If-Match'],
  },
};
