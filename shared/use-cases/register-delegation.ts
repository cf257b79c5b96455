import { DelegationRegisteredV1 } from '../../events/delegation-registered.v1';
import { createEvent } from '../../events/envelope';
import type { DelegationStore } from '../adapters/delegation-repository';
import type { EventPublisher } from '../adapters/event-publisher';
import { type Actor, type Delegation, newDelegation, type Registration } from '../domain/delegation';

export interface RegisterContext {
  delegationId: string;
  actor: Actor;
  correlationId: string;
  now: Date;
}

/**
 * Stores the delegation, then announces it. A retry with the same delegation id finds the stored
 * copy and publishes the same event id again, so consumers see the registration exactly once.
 */
export async function registerDelegation(
  registration: Registration,
  context: RegisterContext,
  deps: { delegations: DelegationStore; events: EventPublisher },
): Promise<Delegation> {
  const delegation = await deps.delegations.createIfAbsent(
    newDelegation(registration, context.delegationId, context.now, context.actor),
  );
  await deps.events.publish([
    createEvent(
      DelegationRegisteredV1,
      { delegation },
      {
        ...context,
        now: new Date(delegation.createdAt),
        delegationId: delegation.id,
        aggregateVersion: 1,
      },
    ),
  ]);
  return delegation;
}
