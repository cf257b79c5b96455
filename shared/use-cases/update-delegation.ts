import { DelegationUpdatedV1 } from '../../events/delegation-updated.v1';
import { createEvent } from '../../events/envelope';
import type { DelegationStore } from '../adapters/delegation-repository';
import {
  type Actor,
  assertAnnounceable,
  type Delegation,
  type Registration,
  registrationOf,
  registrationSchema,
} from '../domain/delegation';
import { NotFoundError, StaleVersionError } from '../domain/errors';
import { transition } from './transition';

/**
 * Applies the Office's changes to a registration if nobody changed it since `expectedVersion`.
 * The changed visit goes back to review, any earlier decision is dropped, and
 * Delegation.Updated brings a fresh compliance check.
 */
export async function updateDelegation(
  id: string,
  changes: Partial<Registration>,
  context: { expectedVersion: number; actor: Actor; correlationId: string; now: Date },
  deps: { delegations: DelegationStore },
): Promise<Delegation> {
  const current = await deps.delegations.get(id);
  if (!current) throw new NotFoundError(`No delegation has the id ${id}.`);
  if (current.version !== context.expectedVersion) {
    throw new StaleVersionError(
      `The delegation is at version ${current.version}, not ${context.expectedVersion}; reload it.`,
      {
        currentVersion: current.version,
      },
    );
  }
  const merged = registrationSchema.parse({ ...registrationOf(current), ...changes });
  const next = transition({ ...current, ...merged }, 'under_review', context.now, {
    decision: undefined,
    compliance: undefined,
  });
  assertAnnounceable(next);
  await deps.delegations.save(next, current.version, {
    previous: current,
    events: [
      createEvent(
        DelegationUpdatedV1,
        { delegation: next, changedFields: Object.keys(changes).sort() },
        { ...context, delegationId: id, aggregateVersion: next.version },
      ),
    ],
  });
  return next;
}
