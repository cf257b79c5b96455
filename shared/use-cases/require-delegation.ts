import type { Delegation } from '../domain/delegation';
import { NotFoundError, StaleVersionError } from '../domain/errors';
import type { DelegationStore } from './ports/delegation-store';

/**
 * The stored delegation, or NotFoundError (404). With `expectedRevision` (If-Match), also
 * StaleVersionError (412) unless it still shows the revision the person read.
 */
export async function requireDelegation(
  store: Pick<DelegationStore, 'get'>,
  id: string,
  expectedRevision?: number,
): Promise<Delegation> {
  const delegation = await store.get(id);
  if (!delegation) throw new NotFoundError(`No delegation has the id ${id}.`);
  if (expectedRevision !== undefined && delegation.revision !== expectedRevision) {
    throw new StaleVersionError(
      `The registration was changed since you read it (revision ${delegation.revision}, not ${expectedRevision}); reload it.`,
      { currentVersion: delegation.revision },
    );
  }
  return delegation;
}
