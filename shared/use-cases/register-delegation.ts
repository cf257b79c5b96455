import { DelegationRegisteredV1 } from '../../events/delegation-registered.v1';
import { createEvent } from '../../events/envelope';
import type { Actor } from '../domain/actor';
import { assertAnnounceable, type Delegation, newDelegation, type Registration } from '../domain/delegation';
import { assertHostDivision, type DivisionSource } from '../domain/divisions';
import { countMetric } from '../observability/metrics';
import type { DelegationStore } from './ports/delegation-store';

export interface RegisterContext {
  delegationId: string;
  actor: Actor;
  correlationId: string;
  now: Date;
}

/**
 * Stores the delegation together with its Delegation.Registered event (the outbox publishes it,
 * now or in the sweep). A retry with the same delegation id gets the stored copy back.
 */
export async function registerDelegation(
  registration: Registration,
  context: RegisterContext,
  deps: { delegations: DelegationStore; divisions: DivisionSource },
): Promise<Delegation> {
  await assertHostDivision(deps.divisions, registration.hostDivision);
  const delegation = assertAnnounceable(
    newDelegation(registration, context.delegationId, context.now, context.actor),
  );
  const registered = createEvent(
    DelegationRegisteredV1,
    { delegation },
    { ...context, delegationId: delegation.id, aggregateVersion: 1 },
  );
  const stored = await deps.delegations.createIfAbsent(delegation, [registered]);
  if (stored === delegation) countMetric('DelegationsRegistered');
  return stored;
}
