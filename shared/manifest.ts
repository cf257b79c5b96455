/**
 * The wiring manifest: every function, what triggers it and what it may touch.
 * The CDK stack (infra/stack.ts) and the local runtime (infra/local) are both generated from it,
 * and HTTP handlers read their allowed roles from it, so the three can never drift apart.
 */
import { EVENT_SOURCE } from '../events/source';

/** The Cognito groups: the Office, the Department's leadership, the administrator, and the Information Centre that publishes news on the portal. */
export const roles = ['office', 'leadership', 'admin', 'information-centre'] as const;
export type Role = (typeof roles)[number];

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpTrigger {
  readonly type: 'http';
  readonly method: HttpMethod;
  /** API Gateway path syntax, e.g. /delegations/{id}. */
  readonly path: string;
  readonly roles: readonly Role[];
}

/** Delivered through a queue with a dead-letter queue, as SQS records whose body is the EventBridge event. */
// A type only: the manifest stays data, and no bundle takes the catalogue's schemas from it.
import type { EventName } from '../events/catalogue';

export interface EventTrigger {
  readonly type: 'events';
  /** Event names (EventBridge detail-type) to receive, or 'all': checked against the catalogue. */
  readonly events: readonly EventName[] | 'all';
  readonly batchSize: number;
  /** At most this many concurrent invocations (e.g. to stay within SES's sending rate). */
  readonly maxConcurrency?: number;
}

/** Messages from outside the event bus, e.g. SES bounce and complaint notifications through SNS. */
export interface QueueTrigger {
  readonly type: 'queue';
  readonly queue: 'email-feedback';
  readonly batchSize: number;
}

/** EventBridge Scheduler schedules in Asia/Ho_Chi_Minh; the handler receives `{ job, scheduledTime }`. */
export interface ScheduleTrigger {
  readonly type: 'schedule';
  readonly schedules: readonly {
    readonly job: string;
    readonly expression: string;
    readonly description: string;
  }[];
}

export const SCHEDULE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/**
 * Objects created in the attachments bucket, as S3 reports them to EventBridge. Locally there is no
 * such event: the console's explicit confirmation (an HTTP route) does the same work.
 */
export interface BucketTrigger {
  readonly type: 'bucket';
  readonly events: readonly 'Object Created'[];
}

export type Trigger = HttpTrigger | EventTrigger | QueueTrigger | ScheduleTrigger | BucketTrigger;

/** The item writes IAM distinguishes; no function deletes (records are kept, visits are cancelled). */
export type TableWrite = 'PutItem' | 'UpdateItem' | 'BatchWriteItem';

export interface FunctionAccess {
  readonly table?: 'read' | 'readWrite';
  /**
   * With `readWrite`, the writes it makes: a conditional put and an update unless it says otherwise.
   * The permission test (tests/permissions) holds this to what the function did in the suite.
   */
  readonly tableWrites?: readonly TableWrite[];
  readonly publishEvents?: boolean;
  /** SendRawEmail from the verified identity, with the configuration set. */
  readonly sendEmail?: boolean;
  /**
   * The attachments bucket: `upload` signs upload URLs (PutObject), `read` reads and signs download
   * URLs (GetObject), `delete` removes a version for good (DeleteObject, DeleteObjectVersion).
   */
  readonly files?: readonly ('upload' | 'read' | 'delete')[];
  /** Reads the Department's personal-data retention period (PERSONAL_DATA_RETENTION_MONTHS). */
  readonly retention?: boolean;
}

export interface FunctionSpec<T extends Trigger = Trigger> {
  readonly name: string;
  /** Handler module, relative to the repository root; it exports `handler`. */
  readonly entry: string;
  readonly description: string;
  readonly trigger: T;
  readonly access: FunctionAccess;
  readonly memoryMb?: number;
  readonly timeoutSeconds?: number;
}

const http = (method: HttpMethod, path: string, allowed: readonly Role[]): HttpTrigger => ({
  type: 'http',
  method,
  path,
  roles: allowed,
});

export const functions = {
  registerDelegation: {
    name: 'register-delegation',
    entry: 'functions/register-delegation/handler.ts',
    description: 'Registers an incoming delegation and publishes Delegation.Registered',
    trigger: http('POST', '/delegations', ['office']),
    access: {
      table: 'readWrite',
      publishEvents: true,
      tableWrites: ['PutItem', 'UpdateItem', 'BatchWriteItem'],
    },
  },
  getDelegation: {
    name: 'get-delegation',
    entry: 'functions/get-delegation/handler.ts',
    description: 'Returns one delegation',
    trigger: http('GET', '/delegations/{id}', ['office', 'leadership']),
    // The visit says until when its personal data is kept.
    access: { table: 'read', retention: true },
  },
  getTimeline: {
    name: 'get-timeline',
    entry: 'functions/get-timeline/handler.ts',
    description: "Returns a delegation's timeline of domain events",
    trigger: http('GET', '/delegations/{id}/timeline', ['office', 'leadership']),
    access: { table: 'read' },
  },
  updateDelegation: {
    name: 'update-delegation',
    entry: 'functions/update-delegation/handler.ts',
    description: 'Changes a registration (If-Match) and publishes Delegation.Updated',
    trigger: http('PATCH', '/delegations/{id}', ['office']),
    access: {
      table: 'readWrite',
      publishEvents: true,
      tableWrites: ['PutItem', 'UpdateItem', 'BatchWriteItem'],
    },
  },
  checkCompliance: {
    name: 'check-compliance',
    entry: 'functions/check-compliance/handler.ts',
    description: 'Checks each new or changed registration against the regulations',
    trigger: {
      type: 'events',
      events: [
        'Delegation.Registered',
        'Delegation.Updated',
        'Delegation.ApprovalRecorded',
        'Delegation.RecheckRequested',
      ],
      batchSize: 5,
    },
    access: { table: 'readWrite', publishEvents: true },
  },
  getCompliance: {
    name: 'get-compliance',
    entry: 'functions/get-compliance/handler.ts',
    description: "Returns a delegation's latest compliance report",
    trigger: http('GET', '/delegations/{id}/compliance', ['office', 'leadership']),
    access: { table: 'read' },
  },
  decideDelegation: {
    name: 'decide-delegation',
    entry: 'functions/decide-delegation/handler.ts',
    description: "Records leadership's approval or rejection",
    trigger: http('POST', '/delegations/{id}/decision', ['leadership']),
    access: { table: 'readWrite', publishEvents: true },
  },
  listPendingDecisions: {
    name: 'list-pending-decisions',
    entry: 'functions/list-pending-decisions/handler.ts',
    description: 'Lists the visits waiting for leadership, oldest first, with their reasons',
    trigger: http('GET', '/decisions/pending', ['leadership']),
    access: { table: 'read' },
  },
  cancelDelegation: {
    name: 'cancel-delegation',
    entry: 'functions/cancel-delegation/handler.ts',
    description: 'Cancels a visit that has not started',
    trigger: http('POST', '/delegations/{id}/cancel', ['office']),
    access: { table: 'readWrite', publishEvents: true },
  },
  completeTask: {
    name: 'complete-task',
    entry: 'functions/complete-task/handler.ts',
    description:
      "Marks a task of a visit's compliance report done, with a note and the file or permit that shows it",
    trigger: http('POST', '/delegations/{id}/tasks/{taskKey}/done', ['office']),
    access: { table: 'readWrite', publishEvents: true },
  },
  getWorklist: {
    name: 'get-worklist',
    entry: 'functions/get-worklist/handler.ts',
    description:
      "Answers the day's figures, the Office's open tasks, this week's arrivals and the reports to file, in one call",
    trigger: http('GET', '/worklist', ['office', 'leadership']),
    access: { table: 'read' },
  },
  getSchedule: {
    name: 'get-schedule',
    entry: 'functions/get-schedule/handler.ts',
    description: 'Answers the visits and meetings of up to six weeks, for the calendar',
    trigger: http('GET', '/schedule', ['office', 'leadership']),
    access: { table: 'read' },
  },
  listRules: {
    name: 'list-rules',
    entry: 'functions/list-rules/handler.ts',
    description: 'Lists every compliance rule with its legal source and current figures',
    trigger: http('GET', '/rules', ['office', 'leadership', 'admin']),
    access: { table: 'read' },
  },
  scheduleMeeting: {
    name: 'schedule-meeting',
    entry: 'functions/schedule-meeting/handler.ts',
    description: 'Books a meeting with a room and officials, never double-booking them',
    trigger: http('POST', '/delegations/{id}/meetings', ['office']),
    access: { table: 'readWrite', publishEvents: true },
  },
  rescheduleMeeting: {
    name: 'reschedule-meeting',
    entry: 'functions/reschedule-meeting/handler.ts',
    description: 'Moves or changes a meeting (If-Match)',
    trigger: http('PATCH', '/delegations/{id}/meetings/{meetingId}', ['office']),
    access: { table: 'readWrite', publishEvents: true },
  },
  cancelMeeting: {
    name: 'cancel-meeting',
    entry: 'functions/cancel-meeting/handler.ts',
    description: 'Cancels a meeting and frees its room and officials',
    trigger: http('DELETE', '/delegations/{id}/meetings/{meetingId}', ['office']),
    access: { table: 'readWrite', publishEvents: true },
  },
  cancelMeetingsOfClosedVisits: {
    name: 'cancel-closed-visit-meetings',
    entry: 'functions/cancel-closed-visit-meetings/handler.ts',
    description: 'Cancels the meetings of a cancelled or rejected visit and frees their rooms and officials',
    trigger: { type: 'events', events: ['Delegation.Cancelled', 'Delegation.Rejected'], batchSize: 5 },
    access: { table: 'readWrite', publishEvents: true },
  },
  listMeetings: {
    name: 'list-meetings',
    entry: 'functions/list-meetings/handler.ts',
    description: "Lists a delegation's meetings",
    trigger: http('GET', '/delegations/{id}/meetings', ['office', 'leadership']),
    access: { table: 'read' },
  },
  approveMeetingSecrecy: {
    name: 'approve-meeting-secrecy',
    entry: 'functions/approve-meeting-secrecy/handler.ts',
    description: "Records the competent person's written approval of a confidential meeting",
    trigger: http('POST', '/delegations/{id}/meetings/{meetingId}/secrecy-approval', ['leadership']),
    access: { table: 'readWrite', publishEvents: true },
  },
  getAvailability: {
    name: 'get-availability',
    entry: 'functions/get-availability/handler.ts',
    description: 'Returns the free intervals of a working day for a room and officials',
    trigger: http('GET', '/availability', ['office', 'leadership']),
    access: { table: 'read' },
  },
  listRooms: {
    name: 'list-rooms',
    entry: 'functions/list-rooms/handler.ts',
    description: 'Lists the meeting rooms',
    trigger: http('GET', '/rooms', ['office', 'leadership', 'admin']),
    access: { table: 'read' },
  },
  replaceRooms: {
    name: 'replace-rooms',
    entry: 'functions/replace-rooms/handler.ts',
    description: 'Replaces the list of meeting rooms',
    trigger: http('PUT', '/rooms', ['admin']),
    access: { table: 'readWrite', tableWrites: ['PutItem'] },
  },
  listOfficials: {
    name: 'list-officials',
    entry: 'functions/list-officials/handler.ts',
    description: 'Lists the officials who attend meetings',
    trigger: http('GET', '/officials', ['office', 'leadership', 'admin']),
    access: { table: 'read' },
  },
  replaceOfficials: {
    name: 'replace-officials',
    entry: 'functions/replace-officials/handler.ts',
    description: 'Replaces the list of officials who attend meetings',
    trigger: http('PUT', '/officials', ['admin']),
    access: { table: 'readWrite', tableWrites: ['PutItem'] },
  },
  listDivisions: {
    name: 'list-divisions',
    entry: 'functions/list-divisions/handler.ts',
    description: "Lists the Department's divisions that host visits",
    trigger: http('GET', '/divisions', ['office', 'leadership', 'admin']),
    access: { table: 'read' },
  },
  replaceDivisions: {
    name: 'replace-divisions',
    entry: 'functions/replace-divisions/handler.ts',
    description: "Replaces the list of the Department's divisions and their addresses",
    trigger: http('PUT', '/divisions', ['admin']),
    access: { table: 'readWrite', tableWrites: ['PutItem'] },
  },
  recordApproval: {
    name: 'record-approval',
    entry: 'functions/record-approval/handler.ts',
    description:
      'Records a permission or permit from an outside authority (If-Match) and checks the visit again',
    trigger: http('POST', '/delegations/{id}/approvals', ['office']),
    access: { table: 'readWrite', publishEvents: true },
  },
  getHolidays: {
    name: 'get-holidays',
    entry: 'functions/get-holidays/handler.ts',
    description: 'Returns the public holidays and make-up working days of each year, with their versions',
    trigger: http('GET', '/calendar/holidays', ['office', 'leadership', 'admin']),
    access: { table: 'read' },
  },
  replaceHolidays: {
    name: 'replace-holidays',
    entry: 'functions/replace-holidays/handler.ts',
    description: "Corrects a year's public holidays (If-Match) and publishes HolidayCalendar.Changed",
    trigger: http('PUT', '/calendar/holidays/{year}', ['admin']),
    access: { table: 'readWrite', publishEvents: true },
  },
  previewHolidayChange: {
    name: 'preview-holiday-change',
    entry: 'functions/preview-holiday-change/handler.ts',
    description: 'Says what a holiday correction would re-check before admin saves it',
    trigger: http('POST', '/calendar/holidays/{year}/preview', ['admin']),
    access: { table: 'read' },
  },
  recheckVisits: {
    name: 'recheck-visits',
    entry: 'functions/recheck-visits/handler.ts',
    description: 'Checks the visits not yet started again when the holiday calendar changes',
    trigger: { type: 'events', events: ['HolidayCalendar.Changed'], batchSize: 1 },
    access: { table: 'readWrite', publishEvents: true },
    timeoutSeconds: 60,
  },
  notifyAgencies: {
    name: 'notify-agencies',
    entry: 'functions/notify-agencies/handler.ts',
    description: 'Emails the agencies each event concerns, once each, in Vietnamese',
    trigger: {
      type: 'events',
      events: [
        'Delegation.ComplianceChecked',
        'Delegation.Approved',
        'Delegation.Rejected',
        'Delegation.Cancelled',
        'Meeting.Scheduled',
        'Meeting.Rescheduled',
        'Meeting.Cancelled',
        'News.Approved',
        'VisitReport.Overdue',
        'Decision.Pending',
      ],
      batchSize: 5,
      maxConcurrency: 2,
    },
    access: { table: 'readWrite', sendEmail: true },
    timeoutSeconds: 30,
  },
  recordEmailFeedback: {
    name: 'record-email-feedback',
    entry: 'functions/record-email-feedback/handler.ts',
    description: 'Suspends addresses that bounced or complained and records why mail did not arrive',
    trigger: { type: 'queue', queue: 'email-feedback', batchSize: 10 },
    access: { table: 'readWrite' },
  },
  listNotifications: {
    name: 'list-notifications',
    entry: 'functions/list-notifications/handler.ts',
    description: 'Lists every email sent, failed or suppressed for a delegation',
    trigger: http('GET', '/delegations/{id}/notifications', ['office', 'leadership']),
    access: { table: 'read' },
  },
  listAgencies: {
    name: 'list-agencies',
    entry: 'functions/list-agencies/handler.ts',
    description: 'Lists the agency directory',
    trigger: http('GET', '/agencies', ['office', 'leadership', 'admin']),
    access: { table: 'read' },
  },
  replaceAgencies: {
    name: 'replace-agencies',
    entry: 'functions/replace-agencies/handler.ts',
    description: 'Replaces the agency directory (names, addresses, active flags)',
    trigger: http('PUT', '/agencies', ['admin']),
    access: { table: 'readWrite', tableWrites: ['PutItem'] },
  },
  listDelegations: {
    name: 'list-delegations',
    entry: 'functions/list-delegations/handler.ts',
    description: 'Looks up the history of visits with filters, newest arrival first',
    trigger: http('GET', '/delegations', ['office', 'leadership']),
    access: { table: 'read' },
  },
  reportSummary: {
    name: 'report-summary',
    entry: 'functions/report-summary/handler.ts',
    description: 'Summarises visits for leadership as JSON, CSV or XLSX',
    trigger: http('GET', '/reports/summary', ['leadership']),
    access: { table: 'read' },
    // Under the HTTP API's 30-second limit, so a slow report times out in the function, not the gateway.
    timeoutSeconds: 29,
  },
  reportVisits: {
    name: 'report-visits',
    entry: 'functions/report-visits/handler.ts',
    description: 'Lists the visits of a period for leadership as JSON, CSV or XLSX',
    trigger: http('GET', '/reports/visits', ['leadership']),
    access: { table: 'read' },
    timeoutSeconds: 29,
  },
  requestAttachmentUpload: {
    name: 'request-attachment-upload',
    entry: 'functions/request-attachment-upload/handler.ts',
    description: "Registers a file for a visit's dossier and answers with a presigned upload URL",
    trigger: http('POST', '/delegations/{id}/attachments', ['office']),
    // PutItem for the record, UpdateItem for the Idempotency-Key's entry.
    access: { table: 'readWrite', files: ['upload'] },
  },
  confirmAttachmentUpload: {
    name: 'confirm-attachment-upload',
    entry: 'functions/confirm-attachment-upload/handler.ts',
    description: 'Checks an uploaded file against its declared type and size, and keeps or refuses it',
    trigger: http('POST', '/delegations/{id}/attachments/{attachmentId}/confirm', ['office']),
    access: { table: 'readWrite', publishEvents: true, files: ['read', 'delete'] },
  },
  attachmentUploaded: {
    name: 'attachment-uploaded',
    entry: 'functions/attachment-uploaded/handler.ts',
    description: "Confirms an upload when the bucket reports it (the console's confirmation may come first)",
    trigger: { type: 'bucket', events: ['Object Created'] },
    access: { table: 'readWrite', publishEvents: true, files: ['read', 'delete'] },
  },
  listAttachments: {
    name: 'list-attachments',
    entry: 'functions/list-attachments/handler.ts',
    description: "Lists a visit's dossier with download links valid for minutes",
    trigger: http('GET', '/delegations/{id}/attachments', ['office', 'leadership']),
    access: { table: 'read', files: ['read'] },
  },
  deleteAttachment: {
    name: 'delete-attachment',
    entry: 'functions/delete-attachment/handler.ts',
    description: "Deletes a file of a visit's dossier for good, keeping its record as an audit entry",
    trigger: http('DELETE', '/delegations/{id}/attachments/{attachmentId}', ['admin']),
    access: { table: 'readWrite', publishEvents: true, files: ['read', 'delete'] },
  },
  draftVisitDocument: {
    name: 'draft-visit-document',
    entry: 'functions/draft-visit-document/handler.ts',
    description: "Drafts one of a visit's documents (.docx) from its records",
    trigger: http('GET', '/delegations/{id}/documents/{kind}', ['office', 'leadership']),
    access: { table: 'read' },
    memoryMb: 512,
  },
  draftPeriodicReport: {
    name: 'draft-periodic-report',
    entry: 'functions/draft-periodic-report/handler.ts',
    description: 'Drafts the quarterly or yearly report on receiving foreign delegations (.docx)',
    trigger: http('GET', '/reports/documents/periodic', ['office', 'leadership']),
    access: { table: 'read' },
    memoryMb: 512,
    timeoutSeconds: 29,
  },
  getNews: {
    name: 'get-news',
    entry: 'functions/get-news/handler.ts',
    description:
      "Shows a visit's news item for the portal, drafted from its records until the Office saves it",
    trigger: http('GET', '/delegations/{id}/news', ['office', 'leadership', 'information-centre']),
    access: { table: 'read', files: ['read'] },
  },
  changeNews: {
    name: 'change-news',
    entry: 'functions/change-news/handler.ts',
    description:
      "Takes one step of a visit's news item: edit, submit, approve, return, record its publication",
    trigger: http('POST', '/delegations/{id}/news', ['office', 'leadership', 'information-centre']),
    access: { table: 'readWrite', publishEvents: true, files: ['read'] },
  },
  listNews: {
    name: 'list-news',
    entry: 'functions/list-news/handler.ts',
    description: "Lists the year's approved and published news items for the Information Centre",
    trigger: http('GET', '/news', ['office', 'leadership', 'information-centre']),
    access: { table: 'read' },
  },
  newsFile: {
    name: 'news-file',
    entry: 'functions/news-file/handler.ts',
    description: "Gives a visit's news item as HTML for the portal's editor or as .docx",
    trigger: http('GET', '/delegations/{id}/news/file', ['office', 'leadership', 'information-centre']),
    access: { table: 'read', files: ['read'] },
    memoryMb: 512,
  },
  getExternalPlan: {
    name: 'get-external-plan',
    entry: 'functions/get-external-plan/handler.ts',
    description:
      "Shows the year's external-information plan: leader, focal official, training, events, budget",
    trigger: http('GET', '/external-plan/{year}', ['office', 'leadership']),
    access: { table: 'read' },
  },
  replaceExternalPlan: {
    name: 'replace-external-plan',
    entry: 'functions/replace-external-plan/handler.ts',
    description: "Saves the year's external-information plan as a whole, under If-Match",
    trigger: http('PUT', '/external-plan/{year}', ['office']),
    // The year's plan is one conditional PutItem.
    access: { table: 'readWrite', tableWrites: ['PutItem'] },
  },
  reportExternalInformation: {
    name: 'report-external-information',
    entry: 'functions/report-external-information/handler.ts',
    description: "Reports on carrying out the year's external-information plan as JSON, .docx or XLSX",
    trigger: http('GET', '/reports/external-information', ['office', 'leadership']),
    access: { table: 'read' },
    memoryMb: 512,
    timeoutSeconds: 29,
  },
  submitVisitReport: {
    name: 'submit-visit-report',
    entry: 'functions/submit-visit-report/handler.ts',
    description: "Files the host division's post-visit report",
    trigger: http('POST', '/delegations/{id}/visit-report', ['office']),
    access: { table: 'readWrite', publishEvents: true },
  },
  followUpVisits: {
    name: 'follow-up-visits',
    entry: 'functions/follow-up-visits/handler.ts',
    description:
      'Starts and completes visits on their dates and reminds of overdue reports and pending decisions',
    trigger: {
      type: 'schedule',
      schedules: [
        {
          job: 'visit-progress',
          expression: 'rate(30 minutes)',
          description: 'Visits start on arrival and complete on departure',
        },
        {
          job: 'overdue-reports',
          expression: 'cron(0 8 * * ? *)',
          description: 'Daily reminder of late post-visit reports',
        },
        {
          job: 'pending-decisions',
          expression: 'cron(0 8 * * ? *)',
          description: 'Daily reminder to leadership of visits waiting for a decision',
        },
        {
          job: 'outbox',
          expression: 'rate(5 minutes)',
          description: 'Publishes events whose first publication failed',
        },
      ],
    },
    access: { table: 'readWrite', publishEvents: true },
    timeoutSeconds: 60,
  },
  erasePersonalData: {
    name: 'erase-personal-data',
    entry: 'functions/erase-personal-data/handler.ts',
    description:
      "Erases members' personal data and passport scans once a closed visit's retention period has passed",
    trigger: {
      type: 'schedule',
      schedules: [
        {
          job: 'personal-data',
          expression: 'cron(0 2 * * ? *)',
          description: "Nightly, after the Department's retention period (a stage setting) has passed",
        },
      ],
    },
    // Deleting a scan removes its object (DeleteObjectVersion); a pending one is looked up first.
    access: { table: 'readWrite', publishEvents: true, files: ['read', 'delete'], retention: true },
    timeoutSeconds: 60,
  },
  periodicReports: {
    name: 'periodic-reports',
    entry: 'functions/periodic-reports/handler.ts',
    description:
      'Emails quarterly, six-month and yearly reports to leadership and the yearly conference list to the Office',
    // The administrative periods (Nghị định 09/2019/NĐ-CP, Điều 12) close on the 14th: each report
    // goes out the next morning.
    trigger: {
      type: 'schedule',
      schedules: [
        {
          job: 'quarterly-report',
          expression: 'cron(0 8 15 3,6,9,12 ? *)',
          description: '15 March, June, September and December, 08:00: the quarter closed on the 14th',
        },
        {
          job: 'half-year-report',
          expression: 'cron(0 8 15 6 ? *)',
          description: '15 June, 08:00: the first six months closed on 14 June',
        },
        {
          job: 'yearly-report',
          expression: 'cron(0 8 15 12 ? *)',
          description: '15 December, 08:00: the year closed on 14 December',
        },
        {
          job: 'conference-report',
          expression: 'cron(0 8 15 12 ? *)',
          description:
            '15 December, 08:00: the conferences of the year closed on 14 December, due by 18 December',
        },
      ],
    },
    access: { table: 'readWrite', sendEmail: true },
    timeoutSeconds: 60,
  },
  recordTimeline: {
    name: 'record-timeline',
    entry: 'functions/record-timeline/handler.ts',
    description: "Appends every domain event to its delegation's timeline (the audit trail)",
    trigger: { type: 'events', events: 'all', batchSize: 10 },
    access: { table: 'readWrite', tableWrites: ['PutItem'] },
  },
} as const satisfies Record<string, FunctionSpec>;

export const functionSpecs: readonly FunctionSpec[] = Object.values(functions);

export const isHttp = (spec: FunctionSpec): spec is FunctionSpec<HttpTrigger> => spec.trigger.type === 'http';
export const isScheduled = (spec: FunctionSpec): spec is FunctionSpec<ScheduleTrigger> =>
  spec.trigger.type === 'schedule';
export const isQueueConsumer = (spec: FunctionSpec): spec is FunctionSpec<QueueTrigger> =>
  spec.trigger.type === 'queue';
export const isEventConsumer = (spec: FunctionSpec): spec is FunctionSpec<EventTrigger> =>
  spec.trigger.type === 'events';
export const isBucketConsumer = (spec: FunctionSpec): spec is FunctionSpec<BucketTrigger> =>
  spec.trigger.type === 'bucket';

/** The EventBridge pattern for an event trigger: the CDK rule and the local bus both use exactly this. */
export function eventPattern(trigger: EventTrigger): Record<string, readonly string[]> {
  return trigger.events === 'all'
    ? { source: [EVENT_SOURCE] }
    : { source: [EVENT_SOURCE], 'detail-type': trigger.events };
}
