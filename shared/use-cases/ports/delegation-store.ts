import type { Envelope } from '../../../events/envelope';
import type { Delegation } from '../../domain/delegation';

export interface SaveOptions {
  /** The stored copy, so that changed topic and name index items are updated too. */
  previous?: Delegation;
  /** Events the change causes, written with it and then published (the outbox). */
  events?: readonly Envelope[];
}

export interface DelegationStore {
  /** Stores a new delegation with its events; a retried request gets the stored one back. */
  createIfAbsent(delegation: Delegation, events?: readonly Envelope[]): Promise<Delegation>;
  get(id: string): Promise<Delegation | undefined>;
  /** Replaces the stored delegation if it is still at `expectedVersion`; otherwise StaleVersionError. */
  save(delegation: Delegation, expectedVersion: number, options?: SaveOptions): Promise<void>;
}
