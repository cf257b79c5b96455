import {
  DelegationApprovedV1,
  DelegationCancelledV1,
  DelegationRejectedV1,
} from '../../events/delegation-decided.v1';
import { createEvent } from '../../events/envelope';
import type { DynamoComplianceReportRepository } from '../adapters/compliance-report-repository';
import type { DelegationStore } from '../adapters/delegation-repository';
import type { Actor, Delegation } from '../domain/delegation';
import { ConflictError, NotFoundError, StaleVersionError } from '../domain/errors';
import { transition } from './transition';

interface Context {
  actor: Actor;
  correlationId: string;
  now: Date;
  /** From If-Match, when the client sent one. */
  expectedVersion?: number;
}

interface Deps {
  delegations: DelegationStore;
  reports: DynamoComplianceReportRepository;
}

async function load(id: string, context: Context, delegations: DelegationStore): Promise<Delegation> {
  const current = await delegations.get(id);
  if (!current) throw new NotFoundError(`No delegation has the id ${id}.`);
  if (context.expectedVersion !== undefined && current.version !== context.expectedVersion) {
    throw new StaleVersionError(
      `The delegation is at version ${current.version}, not ${context.expectedVersion}; reload it.`,
      {
        currentVersion: current.version,
      },
    );
  }
  return current;
}

/** Leadership approves or rejects; a delegation with blocking findings can never be approved. */
export async function decideDelegation(
  id: string,
  decision: { decision: 'approve' | 'reject'; note?: string },
  context: Context,
  deps: Deps,
): Promise<Delegation> {
  const current = await load(id, context, deps.delegations);
  if (decision.decision === 'approve' && current.status === 'blocked') {
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
  await deps.delegations.save(next, current.version, {
    events: [createEvent(event, data, { ...context, delegationId: id, aggregateVersion: next.version })],
  });
  return next;
}

/** The Office cancels a visit that has not started. */
export async function cancelDelegation(
  id: string,
  reason: string,
  context: Context,
  deps: Omit<Deps, 'reports'>,
): Promise<Delegation> {
  const current = await load(id, context, deps.delegations);
  const next = transition(current, 'cancelled', context.now, {
    cancellation: { reason, cancelledBy: context.actor, cancelledAt: context.now.toISOString() },
  });
  await deps.delegations.save(next, current.version, {
    events: [
      createEvent(
        DelegationCancelledV1,
        { delegationId: id, version: next.version, reason, previousStatus: current.status },
        { ...context, delegationId: id, aggregateVersion: next.version },
      ),
    ],
  });
  return next;
}
