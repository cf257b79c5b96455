/**
 * What may happen to a visit in each status, derived from the transition table (status.ts): the one
 * place the use cases, the API's `allowedActions` and so the console learn it. No other production
 * module names a delegation status (tests/unit/lifecycle.test.ts holds it).
 */
import { canTransition, closedStatuses, type DelegationStatus, delegationStatuses } from './status';

const where = (test: (status: DelegationStatus) => boolean): readonly DelegationStatus[] =>
  delegationStatuses.filter(test);

/** Ended for good: reported, refused or cancelled. */
export const closed = closedStatuses;
/** Not ended: its tasks can still be done. */
export const open = where((status) => !closed.includes(status));
/** Registered or in review: a compliance check moves it to its outcome. */
export const awaitingCheck = where((status) => canTransition(status, 'approval_required'));
/** What a check can find: cleared, leadership's decision needed, blocked. */
export const checkOutcomes = where(
  (status) => canTransition('under_review', status) && !closed.includes(status),
);
/** Before the visit starts, an edit sends it back to review. */
export const editable = where((status) => canTransition(status, 'under_review'));
export const cancellable = where((status) => canTransition(status, 'cancelled'));
/** Leadership must approve or refuse before anything else happens. */
export const waitingForLeadership = where(
  (status) => canTransition(status, 'rejected') && !canTransition(status, 'in_progress'),
);
/** Leadership may approve (a blocked visit can only be refused). */
export const approvable = where(
  (status) => waitingForLeadership.includes(status) && canTransition(status, 'approved'),
);
/** Cleared, approved or scheduled: the visit starts on its arrival day. */
export const startable = where((status) => canTransition(status, 'in_progress'));
/** Under way: it completes on its departure day. */
export const underWay = where((status) => canTransition(status, 'completed'));
/** Meetings are booked once the visit may start, and during it (a multi-day programme changes). */
export const bookable = where((status) => startable.includes(status) || underWay.includes(status));
/** The first meeting turns these into `scheduled`. */
export const beforeFirstMeeting = where((status) => canTransition(status, 'scheduled'));
/** Refused or cancelled before the visit: its meetings are cancelled. */
export const closedBeforeVisit = where(
  (status) => closed.includes(status) && !canTransition('completed', status),
);
/** The visit took place and waits for its post-visit report. */
export const awaitingReport = where((status) => canTransition(status, 'reported'));
/** The visit took place: waiting for its report, or reported. */
export const visitOver = where(
  (status) => awaitingReport.includes(status) || canTransition('completed', status),
);
/** The Department received the delegation: the visit is under way or over. */
export const received = where((status) => underWay.includes(status) || visitOver.includes(status));
/** A fresh check (a permit recorded, the holidays corrected) may still concern these. */
export const recheckable = where((status) => !closed.includes(status) && !awaitingReport.includes(status));
/** A fresh check renews their report and keeps their status (not yet checked, or decided). */
export const keptOnRecheck = recheckable.filter((status) => !checkOutcomes.includes(status));
/** Decided by leadership or already on: a check renews the report, the status stays. */
export const decidedOrOn = keptOnRecheck.filter((status) => !awaitingCheck.includes(status));
/** Not yet started: what a change of the holiday calendar can still move. */
export const notStarted = recheckable.filter((status) => !underWay.includes(status));

/** Whether `status` is one of `set`, for readable conditions: `is(editable, delegation.status)`. */
export const is = (set: readonly DelegationStatus[], status: DelegationStatus): boolean =>
  set.includes(status);
