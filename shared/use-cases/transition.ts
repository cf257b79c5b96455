import type { Actor } from '../domain/actor';
import type { Delegation } from '../domain/delegation';
import { IllegalTransitionError } from '../domain/errors';
import { allowedTransitions, canTransition, type DelegationStatus } from '../domain/status';

/** The next version of a delegation in status `to`, or IllegalTransitionError. */
export function transition(
  delegation: Delegation,
  to: DelegationStatus,
  now: Date,
  changes: Partial<Delegation> = {},
): Delegation {
  if (!canTransition(delegation.status, to)) {
    throw new IllegalTransitionError(`A delegation that is ${delegation.status} cannot become ${to}.`, {
      status: delegation.status,
      allowed: allowedTransitions(delegation.status),
    });
  }
  return {
    ...delegation,
    ...changes,
    status: to,
    version: delegation.version + 1,
    updatedAt: now.toISOString(),
  };
}

/** The actor recorded on events the system itself publishes. */
export const systemActor = (name: string): Actor => ({ sub: `system:${name}`, username: name, roles: [] });
