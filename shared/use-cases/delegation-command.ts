import type { Delegation } from '../domain/delegation';
import { StaleVersionError } from '../domain/errors';
import type { DelegationStore, SaveOptions } from './ports/delegation-store';
import { requireDelegation } from './require-delegation';

type Applied = { next: Delegation; options?: SaveOptions };

/** How many times a command is re-applied when only the system changed the delegation meanwhile. */
const ATTEMPTS = 4;

/**
 * Applies a person's command to the registration they read. A background change in between (a
 * compliance check, a visit starting) does not make their copy stale: the command is applied again
 * to the fresh copy, as long as its revision is still the one they read; the lifecycle rules in
 * `apply` decide whether the command still makes sense; returning the current copy writes nothing.
 */
export async function commandOnDelegation(
  id: string,
  /** The registration's revision the person read; undefined when the command checks its own (a news item's). */
  expectedRevision: number | undefined,
  delegations: DelegationStore,
  apply: (current: Delegation) => Promise<Applied> | Applied,
): Promise<Delegation> {
  for (let attempt = 1; ; attempt++) {
    const current = await requireDelegation(delegations, id, expectedRevision);
    const { next, options } = await apply(current);
    // Nothing to change (the command was already applied, by another request maybe): nothing to write.
    if (next === current) return current;
    try {
      await delegations.save(next, current.version, options);
      return next;
    } catch (error) {
      if (!(error instanceof StaleVersionError) || attempt >= ATTEMPTS) throw error;
    }
  }
}
