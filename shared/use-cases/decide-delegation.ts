import { DelegationApprovedV1, DelegationRejectedV1 } from '../../events/delegation-decided.v1';
import { createEvent } from '../../events/envelope';
import type { Actor } from '../domain/actor';
import type { Delegation } from '../domain/delegation';
import { ConflictError } from '../domain/errors';
import { approvable, is, waitingForLeadership } from '../domain/lifecycle';
import { commandOnDelegation } from './delegation-command';
import type { ComplianceReports } from './ports/compliance-reports';
import type { DelegationStore } from './ports/delegation-store';
import { transition } from './transition';

interface Context {
  actor: Actor;
  correlationId: string;
  now: Date;
  /** The revision the person read (If-Match). */
  expectedVersion: number;
}

interface Deps {
  delegations: DelegationStore;
  reports: ComplianceReports;
}

/** Leadership approves or rejects; a delegation with blocking findings can never be approved. */
export async function decideDelegation(
  id: string,
  decision: { decision: 'approve' | 'reject'; note?: string },
  context: Context,
  deps: Deps,
): Promise<Delegation> {
  return await commandOnDelegation(id, context.expectedVersion, deps.delegations, async (current) => {
    // Leadership decides on a visit waiting for it; a blocked one can only be refused.
    if (
      decision.decision === 'approve' &&
      is(waitingForLeadership, current.status) &&
      !is(approvable, current.status)
    ) {
      const latest = await deps.reports.latest(id);
      const blocking = (latest?.report.findings ?? []).filter((finding) => finding.severity === 'blocking');
      throw new ConflictError(
        'A delegation with blocking findings cannot be approved; fix the registration first.',
        {
          blockingFindings: blocking.map(({ ruleId, title, message, citation }) => ({
            ruleId,
            title: title.vi,
            message,
            citation,
          })),
        },
      );
    }
    const approve = decision.decision === 'approve';
    const next = transition(current, approve ? 'approved' : 'rejected', context.now, {
      decision: {
        decision: decision.decision,
        note: decision.note,
        decidedBy: context.actor,
        decidedAt: context.now.toISOString(),
      },
    });
    const data = { delegationId: id, version: next.version, note: decision.note, decidedBy: context.actor };
    const event = approve ? DelegationApprovedV1 : DelegationRejectedV1;
    return {
      next,
      options: {
        events: [createEvent(event, data, { ...context, delegationId: id, aggregateVersion: next.version })],
      },
    };
  });
}
