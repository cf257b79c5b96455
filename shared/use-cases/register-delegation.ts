import { DelegationRegisteredV1 } from '../../events/delegation-registered.v1';
import { createEvent } from '../../events/envelope';
import type { DelegationStore } from '../adapters/delegation-repository';
import type { EventPublisher } from '../adapters/event-publisher';
import {
  type Actor,
  assertAnnounceable,
  type Delegation,
  newDelegation,
  type Registration,
} from '../domain/delegation';
import { countMetric } from '../observability/metrics';

export interface RegisterContext {
  delegationId: string;
  actor: Actor;
  correlationId: string;
  now: Date;
  /**
   * True when the client sent an Idempotency-Key: a failed announcement is then finished by its
   * retry. Without a key a retry would register a second delegation, so the first is taken back.
   */
  retryable: boolean;
}

/**
 * Stores the delegation, then announces it (no outbox: dynalite has no streams or transactions). A retry with the same delegation id finds the stored
 * copy and publishes the same event id again, so consumers see the registration exactly once.
 */
export async function registerDelegation(
  registration: Registration,
  context: RegisterContext,
  deps: { delegations: DelegationStore; events: EventPublisher },
): Promise<Delegation> {
  const delegation = await deps.delegations.createIfAbsent(
    assertAnnounceable(newDelegation(registration, context.delegationId, context.now, context.actor)),
  );
  const announce = deps.events.publish([
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
  try {
    await announce;
  } catch (error) {
    if (!context.retryable) await deps.delegations.remove(delegation);
    throw error;
  }
  countMetric('DelegationsRegistered');
  return delegation;
}
