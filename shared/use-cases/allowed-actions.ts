/**
 * What a person may do to a visit now: its status allows it (the lifecycle) and one of their roles
 * may call the route (the manifest). GET /delegations/{id} answers it, and the console offers
 * exactly these, so it never offers what the API would refuse.
 */
import {
  approvable,
  awaitingReport,
  bookable,
  cancellable,
  editable,
  open,
  recheckable,
  waitingForLeadership,
} from '../domain/lifecycle';
import type { DelegationStatus } from '../domain/status';
import { functions, type Role } from '../manifest';

export const visitActions = [
  'edit',
  'cancel',
  'record-permit',
  'approve',
  'reject',
  'file-report',
  'book-meeting',
  'finish-task',
] as const;
export type VisitAction = (typeof visitActions)[number];

const when: Record<VisitAction, { statuses: readonly DelegationStatus[]; roles: readonly Role[] }> = {
  edit: { statuses: editable, roles: functions.updateDelegation.trigger.roles },
  cancel: { statuses: cancellable, roles: functions.cancelDelegation.trigger.roles },
  'record-permit': { statuses: recheckable, roles: functions.recordApproval.trigger.roles },
  approve: { statuses: approvable, roles: functions.decideDelegation.trigger.roles },
  reject: { statuses: waitingForLeadership, roles: functions.decideDelegation.trigger.roles },
  'file-report': { statuses: awaitingReport, roles: functions.submitVisitReport.trigger.roles },
  'book-meeting': { statuses: bookable, roles: functions.scheduleMeeting.trigger.roles },
  'finish-task': { statuses: open, roles: functions.completeTask.trigger.roles },
};

export const allowedActions = (status: DelegationStatus, roles: readonly string[]): VisitAction[] =>
  visitActions.filter(
    (action) =>
      when[action].statuses.includes(status) && when[action].roles.some((role) => roles.includes(role)),
  );
