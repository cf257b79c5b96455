import { type LocalDate, localDateOf } from '../compliance/calendar';
import { checkCompliance } from '../compliance/engine';
import type { RuleProfile } from '../compliance/profile';
import { conferencePrimeMinister } from '../compliance/rules/conferences';
import type { Delegation } from '../domain/delegation';
import type { Division } from '../domain/divisions';
import { type GroupBy, type Summary, summarize } from '../history/summary';
import { type VisitList, visitList } from '../history/visit-list';
import type { ReportSource } from './ports/report-source';

/** Counts for leadership over the visits arriving in [from, to]. */
export async function buildSummary(
  range: { from: LocalDate; to: LocalDate; groupBy: GroupBy },
  deps: { source: ReportSource; profile: RuleProfile },
  now: Date,
): Promise<Summary> {
  const delegations = await deps.source.arriving(range.from, range.to);
  const visits = await Promise.all(
    delegations.map(async (delegation) => ({
      delegation,
      meetings: await deps.source.meetingCount(delegation.id),
    })),
  );
  return summarize(visits, { ...range, today: localDateOf(now), profile: deps.profile });
}

/** The visits arriving in [from, to] themselves, with the host division by its directory name. */
export async function buildVisitList(
  range: { from: LocalDate; to: LocalDate },
  deps: { source: ReportSource; divisions: { get(): Promise<{ items: readonly Division[] }> } },
): Promise<VisitList> {
  const [delegations, divisions] = await Promise.all([
    deps.source.arriving(range.from, range.to),
    deps.divisions.get().then((directory) => directory.items),
  ]);
  return visitList(delegations, {
    ...range,
    divisionName: (id) => divisions.find((division) => division.id === id)?.name ?? id,
  });
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

const pad = (value: number) => String(value).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const ROMAN = ['I', 'II', 'III', 'IV'];

/**
 * The period a scheduled report covers, in Asia/Ho_Chi_Minh. Calendar periods: the quarter or year
 * of the run. Administrative periods (Nghị định 09/2019/NĐ-CP, Điều 12): the last one that ended
 * by the day of the run, e.g. quarter I from 15/12 to 14/03, the year from 15/12 to 14/12.
 */
export function periodOf(
  job: PeriodicJob,
  at: Date,
  kind: 'calendar' | 'administrative' = 'calendar',
): { key: string; from: LocalDate; to: LocalDate; label: string } {
  const today = localDateOf(at);
  // The conference list follows the calendar year and its 18 December deadline.
  if (job === 'conference-report') kind = 'calendar';
  const [year, month] = today.split('-').map(Number) as [number, number];
  if (kind === 'administrative') {
    // The latest period end (the 14th of a quarter's last month, or 14/12) on or before today.
    const ends = job === 'quarterly-report' ? [3, 6, 9, 12] : [12];
    const candidates = [year - 1, year].flatMap((y) => ends.map((m) => ({ y, m })));
    const end = candidates.filter(({ y, m }) => `${y}-${pad(m)}-14` <= today).at(-1) as {
      y: number;
      m: number;
    };
    const span = job === 'quarterly-report' ? 3 : 12;
    const startMonth = end.m - span; // the month before the period: 0 or less is last year
    const startYear = startMonth <= 0 ? end.y - 1 : end.y;
    const from = `${startYear}-${pad(startMonth <= 0 ? startMonth + 12 : startMonth)}-15`;
    const to = `${end.y}-${pad(end.m)}-14`;
    return job === 'quarterly-report'
      ? {
          key: `${end.y}-Q${end.m / 3}`,
          from,
          to,
          label: `quý ${ROMAN[end.m / 3 - 1]} năm ${end.y} (kỳ báo cáo)`,
        }
      : { key: `${end.y}`, from, to, label: `năm ${end.y} (kỳ báo cáo)` };
  }
  if (job === 'quarterly-report') {
    const quarter = Math.floor((month - 1) / 3);
    const first = quarter * 3 + 1;
    return {
      key: `${year}-Q${quarter + 1}`,
      from: `${year}-${pad(first)}-01`,
      to: `${year}-${pad(first + 2)}-${lastDayOf(year, first + 2)}`,
      label: `quý ${ROMAN[quarter]} năm ${year}`,
    };
  }
  return { key: `${year}`, from: `${year}-01-01`, to: `${year}-12-31`, label: `năm ${year}` };
}
