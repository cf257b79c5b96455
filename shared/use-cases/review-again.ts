import type { Delegation } from '../domain/delegation';
import { IllegalTransitionError } from '../domain/errors';
import { checkOutcomes, is, keptOnRecheck } from '../domain/lifecycle';
import { transition } from './transition';

/**
 * The next version of a delegation whose check must run again because something it depends on
 * changed (a permission recorded, the holiday calendar corrected). Leadership's decision, if
 * any, stays.
 */
export function reviewAgain(current: Delegation, now: Date, changes: Partial<Delegation> = {}): Delegation {
  // A checked outcome goes back to review: the check that follows sets the new one.
  if (is(checkOutcomes, current.status))
    return transition(current, 'under_review', now, { ...changes, compliance: undefined });
  // Before a check or after leadership decided: the status stays, the check renews the report.
  if (is(keptOnRecheck, current.status))
    return { ...current, ...changes, version: current.version + 1, updatedAt: now.toISOString() };
  throw new IllegalTransitionError(`A delegation that is ${current.status} is not checked again.`, {
    status: current.status,
    allowed: [],
  });
}
