import type { Delegation } from '../domain/delegation';
import { NotFoundError, StaleVersionError } from '../domain/errors';
import type { DelegationStore, SaveOptions } from './ports/delegation-store';

type Applied = { next: Delegation; options?: SaveOptions };

/** How many times a command is re-applied when only the system changed the delegation meanwhile. */
const ATTEMPTS = 4;

/** The stored delegation, if it still shows the revision the user read (If-Match). */
async function loadAtRevision(
  id: string,
  expectedRevision: number,
  delegations: DelegationStore,
): Promise<Delegation> {
  const current = await delegations.get(id);
  if (!current) throw new NotFoundError(`No delegation has the id ${id}.`);
  if (current.revision !== expectedRevision) {
    throw new StaleVersionError(
      `The registration was changed since you read it (revision ${current.revision}, not ${expectedRevision}); reload it.`,
      { currentVersion: current.revision },
    );
  }
  return current;
}

/**
 * Applies a person's command to the registration they read. A background change in between (a
 * compliance check, a visit starting) does not make their copy stale: the command is applied again
 * to the fresh copy, as long as its revision is still the one they read; the lifecycle rules in
 * `apply` decide whether the command still makes sense.
 */
export async function commandOnDelegation(
  id: string,
  expectedRevision: number,
  delegations: DelegationStore,
  apply: (current: Delegation) => Promise<Applied> | Applied,
): Promise<Delegation> {
  for (let attempt = 1; ; attempt++) {
    const current = await loadAtRevision(id, expectedRevision, delegations);
    const { next, options } = await apply(current);
    try {
      await delegations.save(next, current.version, options);
      return next;
    } catch (error) {
      if (!(error instanceof StaleVersionError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
