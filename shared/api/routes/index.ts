/**
 * Every HTTP route's contract, by the manifest's function key: the OpenAPI document, the typed
 * client and the contract tests read them here. Handlers import only their own (bundle size).
 */

import type { RouteContract } from '../../http/contract';
import type { functions, HttpTrigger } from '../../manifest';
import { contract as approveMeetingSecrecy } from './approve-meeting-secrecy';
import { contract as cancelDelegation } from './cancel-delegation';
import { contract as cancelMeeting } from './cancel-meeting';
import { contract as changeNews } from './change-news';
import { contract as completeTask } from './complete-task';
import { contract as confirmAttachmentUpload } from './confirm-attachment-upload';
import { contract as decideDelegation } from './decide-delegation';
import { contract as deleteAttachment } from './delete-attachment';
import { contract as draftPeriodicReport } from './draft-periodic-report';
import { contract as draftVisitDocument } from './draft-visit-document';
import { contract as getAvailability } from './get-availability';
import { contract as getCompliance } from './get-compliance';
import { contract as getDelegation } from './get-delegation';
import { contract as getExternalPlan } from './get-external-plan';
import { contract as getHolidays } from './get-holidays';
import { contract as getNews } from './get-news';
import { contract as getSchedule } from './get-schedule';
import { contract as getTimeline } from './get-timeline';
import { contract as getWorklist } from './get-worklist';
import { contract as listAgencies } from './list-agencies';
import { contract as listAttachments } from './list-attachments';
import { contract as listDelegations } from './list-delegations';
import { contract as listDivisions } from './list-divisions';
import { contract as listMeetings } from './list-meetings';
import { contract as listNews } from './list-news';
import { contract as listNotifications } from './list-notifications';
import { contract as listOfficials } from './list-officials';
import { contract as listPendingDecisions } from './list-pending-decisions';
import { contract as listRooms } from './list-rooms';
import { contract as listRules } from './list-rules';
import { contract as newsFile } from './news-file';
import { contract as previewHolidayChange } from './preview-holiday-change';
import { contract as recordApproval } from './record-approval';
import { contract as registerDelegation } from './register-delegation';
import { contract as replaceAgencies } from './replace-agencies';
import { contract as replaceDivisions } from './replace-divisions';
import { contract as replaceExternalPlan } from './replace-external-plan';
import { contract as replaceHolidays } from './replace-holidays';
import { contract as replaceOfficials } from './replace-officials';
import { contract as replaceRooms } from './replace-rooms';
import { contract as reportExternalInformation } from './report-external-information';
import { contract as reportSummary } from './report-summary';
import { contract as reportVisits } from './report-visits';
import { contract as requestAttachmentUpload } from './request-attachment-upload';
import { contract as rescheduleMeeting } from './reschedule-meeting';
import { contract as scheduleMeeting } from './schedule-meeting';
import { contract as submitVisitReport } from './submit-visit-report';
import { contract as updateDelegation } from './update-delegation';

type Functions = typeof functions;
/** The manifest's HTTP functions: a route without a contract here fails the typecheck. */
export type HttpFunctionKey = {
  [K in keyof Functions]: Functions[K]['trigger'] extends HttpTrigger ? K : never;
}[keyof Functions];

export const routeContracts: Record<HttpFunctionKey, RouteContract> = {
  approveMeetingSecrecy,
  cancelDelegation,
  completeTask,
  getSchedule,
  getWorklist,
  cancelMeeting,
  changeNews,
  getNews,
  newsFile,
  listNews,
  getExternalPlan,
  replaceExternalPlan,
  reportExternalInformation,
  confirmAttachmentUpload,
  decideDelegation,
  deleteAttachment,
  draftPeriodicReport,
  draftVisitDocument,
  getAvailability,
  getCompliance,
  getDelegation,
  getHolidays,
  getTimeline,
  listAgencies,
  listAttachments,
  listDelegations,
  listDivisions,
  listMeetings,
  listNotifications,
  listOfficials,
  listPendingDecisions,
  listRooms,
  listRules,
  recordApproval,
  registerDelegation,
  requestAttachmentUpload,
  replaceAgencies,
  replaceDivisions,
  previewHolidayChange,
  replaceHolidays,
  replaceOfficials,
  replaceRooms,
  reportSummary,
  reportVisits,
  rescheduleMeeting,
  scheduleMeeting,
  submitVisitReport,
  updateDelegation,
};
