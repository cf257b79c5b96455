import { DecisionPendingV1 } from '../../events/decision-pending.v1';
import { createEvent } from '../../events/envelope';
import { VisitCompletedV1, VisitReportOverdueV1, VisitStartedV1 } from '../../events/visit-events.v1';
import { daysBetween, localDateOf } from '../compliance/calendar';
import type { RuleProfile } from '../compliance/profile';
import type { Delegation } from '../domain/delegation';
import { StaleVersionError } from '../domain/errors';
import { startable } from '../domain/lifecycle';
import { reportDueOn } from '../history/summary';
import { eachItem } from './each-item';
import { pendingDecisions } from './pending-decisions';
import type { ComplianceReports } from './ports/compliance-reports';
import type { DelegationStore } from './ports/delegation-store';
import type { EventPublisher } from './ports/event-publisher';
import type { ReportSource } from './ports/report-source';
import { systemActor, transition } from './transition';

export interface FollowUpDeps {
  delegations: DelegationStore;
  source: ReportSource;
  /** Reminders change no item, so they are published directly (the next run would repeat them). */
  events: EventPublisher;
  profile: RuleProfile;
}

const FOLLOW_UP = systemActor('visit-follow-up');

/** Moves delegations that arrived to in_progress and those that left to completed. Safe to repeat. */
export async function advanceVisits(
  now: Date,
  deps: FollowUpDeps,
): Promise<{ started: number; completed: number }> {
  let started = 0;
  let completed = 0;
  for (const status of startable) {
    await eachItem('visit-progress', await deps.source.inStatus(status, now), async (delegation) => {
      if (await move(delegation, 'in_progress', now, deps)) started++;
    });
  }
  await eachItem('visit-progress', await deps.source.inStatus('in_progress'), async (delegation) => {
    if (
      Date.parse(delegation.visit.departure) <= now.getTime() &&
      (await move(delegation, 'completed', now, deps))
    )
      completed++;
  });
  return { started, completed };
}

async function move(
  delegation: Delegation,
  to: 'in_progress' | 'completed',
  now: Date,
  deps: FollowUpDeps,
): Promise<boolean> {
  const next = transition(delegation, to, now);
  const context = {
    correlationId: `schedule:${localDateOf(now)}`,
    actor: FOLLOW_UP,
    now,
    delegationId: delegation.id,
    aggregateVersion: next.version,
  };
  const data = { delegationId: delegation.id, version: next.version };
  const event =
    to === 'in_progress'
      ? createEvent(VisitStartedV1, data, context)
      : createEvent(
          VisitCompletedV1,
          { ...data, reportDueOn: reportDueOn(delegation, deps.profile) },
          context,
        );
  try {
    await deps.delegations.save(next, delegation.version, { previous: delegation, events: [event] });
  } catch (error) {
    if (error instanceof StaleVersionError) return false; // changed meanwhile: the next run looks again
    throw error;
  }
  return true;
}

/**
 * Publishes VisitReport.Overdue for each completed visit whose report is late. The event id
 * carries the day, so each visit gets at most one reminder a day however often the job runs.
 */
export async function remindOverdueReports(now: Date, deps: FollowUpDeps): Promise<number> {
  const today = localDateOf(now);
  const reminders = await eachItem(
    'overdue-reports',
    await deps.source.inStatus('completed'),
    (delegation) => {
      const dueOn = reportDueOn(delegation, deps.profile);
      if (dueOn >= today) return undefined;
      const conference = delegation.activities.some((activity) => activity.type === 'conference');
      return createEvent(
        VisitReportOverdueV1,
        {
          delegationId: delegation.id,
          ruleId: conference ? 'CONFERENCE_REPORT' : 'POST_VISIT_REPORT',
          dueOn,
          daysOverdue: daysBetween(dueOn, today),
          delegation: {
            partner: delegation.partner,
            visit: delegation.visit,
            hostDivision: delegation.hostDivision,
          },
        },
        {
          correlationId: `schedule:${today}`,
          actor: FOLLOW_UP,
          now,
          delegationId: delegation.id,
          aggregateId: `${delegation.id}:${today}`,
          aggregateVersion: delegation.version,
        },
      );
    },
  );
  const overdue = reminders.filter((event) => event !== undefined);
  await deps.events.publish(overdue);
  return overdue.length;
}

/**
 * Publishes Decision.Pending for each visit still waiting for leadership since before today (the
 * check's own email told them the first day). The event id carries the day: one reminder a day.
 */
export async function remindPendingDecisions(
  now: Date,
  deps: FollowUpDeps & { reports: ComplianceReports },
): Promise<number> {
  const today = localDateOf(now);
  const waiting = (await pendingDecisions(deps)).filter(
    (pending) => localDateOf(pending.waitingSince) < today,
  );
  const reminders = await eachItem('pending-decisions', waiting, (pending) =>
    createEvent(
      DecisionPendingV1,
      {
        delegationId: pending.id,
        outcome: pending.outcome,
        waitingSince: pending.waitingSince,
        reasons: pending.reasons,
      },
      {
        correlationId: `schedule:${today}`,
        actor: FOLLOW_UP,
        now,
        delegationId: pending.id,
        aggregateId: `${pending.id}:pending:${today}`,
        aggregateVersion: pending.delegation.version,
      },
    ),
  );
  await deps.events.publish(reminders);
  return reminders.length;
}
