import type { Delegation } from '../domain/delegation';
import { IllegalTransitionError } from '../domain/errors';
import type { DelegationStatus } from '../domain/status';
import { transition } from './transition';

/** Checked outcomes go back to review: the check that follows sets the new outcome. */
const BACK_TO_REVIEW: readonly DelegationStatus[] = ['cleared', 'approval_required', 'blocked'];
/** Before a check or after leadership decided: the status stays, the check only renews the report. */
const KEEPS_STATUS: readonly DelegationStatus[] = [
  'registered',
  'under_review',
  'approved',
  'scheduled',
  'in_progress',
];

/** Visits a fresh check may still concern. */
export const recheckable = (status: DelegationStatus) =>
  BACK_TO_REVIEW.includes(status) || KEEPS_STATUS.includes(status);

/**
 * The next version of a delegation whose check must run again because something it depends on
 * changed (a permission recorded, the holiday calendar corrected). Leadership's decision, if
 * any, stays.
 */
export function reviewAgain(current: Delegation, now: Date, changes: Partial<Delegation> = {}): Delegation {
  if (BACK_TO_REVIEW.includes(current.status))
    return transition(current, 'under_review', now, { ...changes, compliance: undefined });
  if (KEEPS_STATUS.includes(current.status))
    return { ...current, ...changes, version: current.version + 1, updatedAt: now.toISOString() };
  throw new IllegalTransitionError(`A delegation that is ${current.status} is not checked again.`, {
    status: current.status,
    allowed: [],
  });
}
