import { type PendingReason, reasonsOf } from '../compliance/pending-reasons';
import type { Delegation } from '../domain/delegation';
import type { ComplianceReports } from './ports/compliance-reports';
import type { ReportSource } from './ports/report-source';

export type { PendingReason } from '../compliance/pending-reasons';

/** The outcomes that wait for leadership: a decision, or a rejection unless the Office fixes it. */
export const WAITING = ['approval_required', 'blocked'] as const;

export interface PendingDecision {
  id: string;
  outcome: (typeof WAITING)[number];
  delegation: Delegation;
  /** When the check that put it in front of leadership ran. */
  waitingSince: string;
  reasons: PendingReason[];
}

/** Every visit waiting for leadership, oldest first, with its reasons from the latest report. */
export async function pendingDecisions(deps: {
  source: ReportSource;
  reports: ComplianceReports;
}): Promise<PendingDecision[]> {
  const waiting = await Promise.all(
    WAITING.map(async (outcome) =>
      (await deps.source.inStatus(outcome)).map((delegation) => ({ outcome, delegation })),
    ),
  );
  const pending = await Promise.all(
    waiting.flat().map(async ({ outcome, delegation }) => ({
      id: delegation.id,
      outcome,
      delegation,
      waitingSince: delegation.compliance?.checkedAt ?? delegation.updatedAt,
      reasons: reasonsOf((await deps.reports.latest(delegation.id))?.report.findings ?? []),
    })),
  );
  return pending.sort((a, b) => a.waitingSince.localeCompare(b.waitingSince));
}
