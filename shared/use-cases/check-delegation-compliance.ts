import { DelegationComplianceCheckedV1 } from '../../events/delegation-compliance-checked.v1';
import { createEvent, type Envelope } from '../../events/envelope';
import { type ComplianceReport, checkCompliance, statusOfOutcome } from '../compliance/engine';
import type { RuleProfile } from '../compliance/profile';
import { rules } from '../compliance/rules';
import type { Agency } from '../domain/agency-directory';
import type { Delegation } from '../domain/delegation';
import type { Division } from '../domain/divisions';
import { StaleVersionError } from '../domain/errors';
import { awaitingCheck, decidedOrOn, is } from '../domain/lifecycle';
import type { Meeting } from '../domain/meeting';
import type { DelegationStatus } from '../domain/status';
import type { ComplianceReports } from './ports/compliance-reports';
import type { DelegationStore } from './ports/delegation-store';
import type { Metrics } from './ports/metrics';
import { systemActor, transition } from './transition';

export type CheckResult = 'published' | 'already_published' | 'superseded';

interface Deps {
  delegations: DelegationStore;
  reports: ComplianceReports;
  profile: RuleProfile;
  /** Agency names as the directory has them, for the findings' texts. */
  agencies: { get(): Promise<{ items: readonly Agency[] }> };
  /** The host division's name, for the texts addressed to it. */
  divisions: { get(): Promise<{ items: readonly Division[] }> };
  /** The holiday calendar as admin last corrected it. */
  holidays: { profile(base: RuleProfile): Promise<RuleProfile> };
  /** The visit's meetings: one booked on a day since declared off becomes a finding. */
  meetings: { list(delegationId: string): Promise<readonly Meeting[]> };
  metrics: Metrics;
}

const CHECKER = systemActor('check-compliance');

/**
 * Checks the delegation version an event carried, stores the report for that version, moves the
 * delegation to the outcome (a decided visit keeps its status; only its report is renewed) and
 * announces it in the same write. Every step is safe to repeat: a replayed event finds
 * the report already published and does nothing; a version overtaken by an edit is left alone
 * (the edit's own event brings a fresh check).
 */
export async function checkDelegationCompliance(
  snapshot: Delegation,
  context: { correlationId: string; now: Date },
  deps: Deps,
): Promise<CheckResult> {
  const [agencies, divisions, profile, meetings] = await Promise.all([
    deps.agencies.get().then((directory) => directory.items),
    deps.divisions.get().then((directory) => directory.items),
    deps.holidays.profile(deps.profile),
    deps.meetings.list(snapshot.id),
  ]);
  const hostDivision = divisions.find((division) => division.id === snapshot.hostDivision);
  const fresh = checkCompliance(snapshot, {
    profile,
    receivedAt: snapshot.createdAt,
    checkedAt: context.now.toISOString(),
    rules,
    scheduledMeetings: meetings.filter((meeting) => meeting.status === 'scheduled'),
    agencyNames: {
      ...Object.fromEntries(agencies.map((agency) => [agency.key, agency.name])),
      ...(hostDivision ? { 'host-unit': hostDivision.name } : {}),
    },
  });
  const stored = await deps.reports.putIfAbsent(fresh);
  if (stored.publishedAt) return 'already_published';
  const report = stored.report;

  const checked = (status: DelegationStatus) =>
    createEvent(
      DelegationComplianceCheckedV1,
      {
        delegationId: snapshot.id,
        checkedVersion: snapshot.version,
        status,
        outcome: report.outcome,
        profile: report.profile,
        findings: report.findings.map(
          ({ ruleId, severity, dueDate, overdue, agencies, message, notices }) => ({
            ruleId,
            severity,
            dueDate,
            overdue,
            agencies,
            message,
            notices,
          }),
        ),
        requiredApprovals: report.requiredApprovals,
        openPermissions: report.openPermissions,
        agenciesToNotify: report.agenciesToNotify,
        sensitive: report.sensitive === true,
      },
      {
        correlationId: context.correlationId,
        actor: CHECKER,
        now: context.now,
        delegationId: snapshot.id,
        aggregateVersion: snapshot.version,
      },
    );
  // The status and the announcement are written together (the outbox), so neither goes without the other.
  const applied = await applyOutcome(snapshot, report, checked, context.now, deps);
  if (!applied) {
    await deps.reports.mark(snapshot.id, snapshot.version, { superseded: true });
    return 'superseded';
  }
  await deps.reports.mark(snapshot.id, snapshot.version, { publishedAt: context.now.toISOString() });
  deps.metrics.count(
    (
      {
        cleared: 'ComplianceCleared',
        awaiting_permits: 'ComplianceAwaitingPermits',
        approval_required: 'ComplianceApprovalRequired',
        blocked: 'ComplianceBlocked',
      } as const
    )[report.outcome],
  );
  return 'published';
}

/** True when the delegation now shows this report's outcome (set now or by an earlier attempt). */
async function applyOutcome(
  snapshot: Delegation,
  report: ComplianceReport,
  checked: (status: DelegationStatus) => Envelope,
  now: Date,
  deps: Deps,
): Promise<boolean> {
  const current = await deps.delegations.get(snapshot.id);
  if (!current) return false;
  if (current.compliance?.reportVersion === snapshot.version) return true;
  if (current.version !== snapshot.version) return false;
  const compliance = {
    reportVersion: snapshot.version,
    outcome: report.outcome,
    checkedAt: report.checkedAt,
    openPermissions: report.openPermissions,
    sensitive: report.sensitive === true,
    calendarVersions: Object.fromEntries(
      (report.holidayCalendars ?? []).map((calendar) => [String(calendar.year), calendar.version]),
    ),
  };
  let next: Delegation;
  if (is(awaitingCheck, current.status))
    next = transition(current, statusOfOutcome(report.outcome), now, { compliance });
  // Decided visits a recorded permission re-checks: the report changes, the status stays.
  else if (is(decidedOrOn, current.status))
    next = { ...current, compliance, version: current.version + 1, updatedAt: now.toISOString() };
  else return false;
  try {
    await deps.delegations.save(next, current.version, { events: [checked(next.status)] });
    return true;
  } catch (error) {
    if (!(error instanceof StaleVersionError)) throw error;
    // Lost a race with an edit: that edit's own check decides the status.
    return (await deps.delegations.get(snapshot.id))?.compliance?.reportVersion === snapshot.version;
  }
}
