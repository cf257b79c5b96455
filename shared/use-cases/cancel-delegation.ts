import { DelegationCancelledV1 } from '../../events/delegation-decided.v1';
import { createEvent } from '../../events/envelope';
import type { Actor } from '../domain/actor';
import type { Delegation } from '../domain/delegation';
import { commandOnDelegation } from './delegation-command';
import type { DelegationStore } from './ports/delegation-store';
import { transition } from './transition';

/** The Office cancels a visit that has not started. */
export async function cancelDelegation(
  id: string,
  reason: string,
  context: { actor: Actor; correlationId: string; now: Date; expectedVersion: number },
  deps: { delegations: DelegationStore },
): Promise<Delegation> {
  return await commandOnDelegation(id, context.expectedVersion, deps.delegations, (current) => {
    const next = transition(current, 'cancelled', context.now, {
      cancellation: { reason, cancelledBy: context.actor, cancelledAt: context.now.toISOString() },
    });
    return {
      next,
      options: {
        events: [
          createEvent(
            DelegationCancelledV1,
            { delegationId: id, version: next.version, reason, previousStatus: current.status },
            { ...context, delegationId: id, aggregateVersion: next.version },
          ),
        ],
      },
    };
  });
}
