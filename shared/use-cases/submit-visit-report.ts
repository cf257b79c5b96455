import { createEvent } from '../../events/envelope';
import { VisitReportSubmittedV1 } from '../../events/visit-events.v1';
import type { Actor } from '../domain/actor';
import type { Delegation, VisitReport } from '../domain/delegation';
import { commandOnDelegation } from './delegation-command';
import type { DelegationStore } from './ports/delegation-store';
import { transition } from './transition';

/** The host division's results report; the visit is then closed as reported. */
export async function submitVisitReport(
  id: string,
  report: VisitReport,
  context: { actor: Actor; correlationId: string; now: Date; expectedVersion: number },
  deps: { delegations: DelegationStore },
): Promise<Delegation> {
  return await commandOnDelegation(id, context.expectedVersion, deps.delegations, (current) => {
    const next = transition(current, 'reported', context.now, {
      visitReport: { ...report, submittedBy: context.actor, submittedAt: context.now.toISOString() },
    });
    return {
      next,
      options: {
        previous: current,
        events: [
          createEvent(
            VisitReportSubmittedV1,
            { delegationId: id, version: next.version, report },
            { ...context, delegationId: id, aggregateVersion: next.version },
          ),
        ],
      },
    };
  });
}
