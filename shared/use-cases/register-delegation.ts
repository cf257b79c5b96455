import { toDelegationSnapshot } from '../../events/delegation-snapshot.v2';
import { DelegationRegisteredV2 } from '../../events/delegation-snapshot-events.v2';
import { createEvent } from '../../events/envelope';
import { localDateOf } from '../compliance/calendar';
import type { Actor } from '../domain/actor';
import {
  assertAnnounceable,
  type Delegation,
  formatReceiptNumber,
  newDelegation,
  type Registration,
} from '../domain/delegation';
import { assertHostDivision, type DivisionSource } from '../domain/divisions';
import type { DelegationStore } from './ports/delegation-store';
import type { Metrics } from './ports/metrics';
import type { ReceiptNumbers } from './ports/receipt-numbers';

export interface RegisterContext {
  delegationId: string;
  actor: Actor;
  correlationId: string;
  now: Date;
}

/**
 * Stores the delegation, with the year's next receipt number, together with its
 * Delegation.Registered event (the outbox publishes it, now or in the sweep). A retry with the same
 * delegation id gets the stored copy back; a number taken by an attempt that then failed stays unused.
 */
export async function registerDelegation(
  registration: Registration,
  context: RegisterContext,
  deps: {
    delegations: DelegationStore;
    divisions: DivisionSource;
    receipts: ReceiptNumbers;
    metrics: Metrics;
  },
): Promise<Delegation> {
  await assertHostDivision(deps.divisions, registration.hostDivision);
  // A refused registration takes no number.
  assertAnnounceable(newDelegation(registration, context.delegationId, context.now, context.actor));
  // A retry of one already stored keeps its number: createIfAbsent then finishes what a crash left
  // undone (index items, waiting events) and answers the stored copy.
  const year = localDateOf(context.now).slice(0, 4);
  const delegation =
    (await deps.delegations.get(context.delegationId)) ??
    newDelegation(
      registration,
      context.delegationId,
      context.now,
      context.actor,
      formatReceiptNumber(await deps.receipts.next(year), year),
    );
  const registered = createEvent(
    DelegationRegisteredV2,
    { delegation: toDelegationSnapshot(delegation) },
    { ...context, delegationId: delegation.id, aggregateVersion: 1 },
  );
  const stored = await deps.delegations.createIfAbsent(delegation, [registered]);
  if (stored === delegation) deps.metrics.count('DelegationsRegistered');
  return stored;
}
