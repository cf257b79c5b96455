import type { DynamoReportSource } from '../adapters/report-source';
import { type LocalDate, localDateOf } from '../compliance/calendar';
import { checkCompliance } from '../compliance/engine';
import type { RuleProfile } from '../compliance/profile';
import { conferencePrimeMinister } from '../compliance/rules/conferences';
import type { Delegation } from '../domain/delegation';
import { type GroupBy, type Summary, summarize } from '../history/summary';

/** Counts for leadership over the visits arriving in [from, to]. */
export async function buildSummary(
  range: { from: LocalDate; to: LocalDate; groupBy: GroupBy },
  deps: { source: DynamoReportSource; profile: RuleProfile },
  now: Date,
): Promise<Summary> {
  const delegations = await deps.source.arriving(range.from, range.to);
  const visits = await Promise.all(
    delegations.map(async (delegation) => ({
      delegation,
      meetings: await deps.source.meetingCount(delegation.id),
    })),
  );
  return summarize(visits, { ...range, today: localDateOf(now), params: deps.profile.parameters });
}

/** Who may permit a delegation's conference: the Prime Minister or the provincial chairman. */
export function conferenceAuthority(delegation: Delegation, profile: RuleProfile): string {
  const report = checkCompliance(delegation, {
    profile,
    receivedAt: delegation.createdAt,
    checkedAt: delegation.updatedAt,
    rules: [conferencePrimeMinister],
  });
  return report.checks[0]?.result === 'findings' ? 'Thủ tướng Chính phủ' : 'Chủ tịch UBND tỉnh';
}

export type PeriodicJob = 'quarterly-report' | 'yearly-report' | 'conference-report';

/** The period a scheduled report covers: the quarter or year of the run, in Asia/Ho_Chi_Minh. */
export function periodOf(
  job: PeriodicJob,
  at: Date,
): { key: string; from: LocalDate; to: LocalDate; label: string } {
  const [year, month] = localDateOf(at).split('-').map(Number) as [number, number];
  if (job === 'quarterly-report') {
    const quarter = Math.floor((month - 1) / 3);
    const first = quarter * 3 + 1;
    const last = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
    return {
      key: `${year}-Q${quarter + 1}`,
      from: `${year}-${String(first).padStart(2, '0')}-01`,
      to: `${year}-${String(first + 2).padStart(2, '0')}-${last}`,
      label: `quý ${['I', 'II', 'III', 'IV'][quarter]} năm ${year}`,
    };
  }
  return { key: `${year}`, from: `${year}-01-01`, to: `${year}-12-31`, label: `năm ${year}` };
}
