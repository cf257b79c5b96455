import { type LocalDate, localDateOf } from '../compliance/calendar';
import type { RuleProfile } from '../compliance/profile';
import { needsPrimeMinister } from '../compliance/rules/conferences';
import { sensitiveTopicsOf } from '../compliance/topic-match';
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

/**
 * Who may permit a delegation's conference: the Prime Minister or the provincial chairman, as the
 * compliance check decides it (Quyết định 06/2020/QĐ-TTg, Điều 3), without running the whole check.
 */
export function conferenceAuthority(delegation: Delegation, profile: RuleProfile): string {
  const params = profile.parameters;
  const primeMinister = needsPrimeMinister({
    delegation,
    params,
    sensitive: sensitiveTopicsOf(delegation, params),
  });
  return primeMinister ? 'Thủ tướng Chính phủ' : 'Chủ tịch UBND tỉnh';
}

export type PeriodicJob = 'quarterly-report' | 'half-year-report' | 'yearly-report' | 'conference-report';

const pad = (value: number) => String(value).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const ROMAN = ['I', 'II', 'III', 'IV'];

/** The months a period of each job ends in, and how many months it spans. */
const spans: Record<Exclude<PeriodicJob, 'conference-report'>, { ends: number[]; months: number }> = {
  'quarterly-report': { ends: [3, 6, 9, 12], months: 3 },
  'half-year-report': { ends: [6, 12], months: 6 },
  'yearly-report': { ends: [12], months: 12 },
};

function named(job: PeriodicJob, year: number, endMonth: number): { key: string; label: string } {
  if (job === 'quarterly-report')
    return { key: `${year}-Q${endMonth / 3}`, label: `quý ${ROMAN[endMonth / 3 - 1]} năm ${year}` };
  if (job === 'half-year-report')
    return endMonth === 6
      ? { key: `${year}-H1`, label: `6 tháng đầu năm ${year}` }
      : { key: `${year}-H2`, label: `6 tháng cuối năm ${year}` };
  return { key: `${year}`, label: `năm ${year}` };
}

/**
 * The period a scheduled report covers, in Asia/Ho_Chi_Minh: the last one that ended on or before
 * the day of the run. Administrative periods (Nghị định 09/2019/NĐ-CP, Điều 12, the default) run
 * from the 15th of the month before the period to the 14th of its last month (a year from 15/12 to
 * 14/12, six months from 15/12 to 14/06); calendar periods from the 1st to the month's last day.
 * The yearly list of conferences, due by 18 December, covers the administrative year that closed on
 * 14 December: a list due on the 18th cannot hold the end of December.
 */
export function periodOf(
  job: PeriodicJob,
  at: Date,
  kind: 'calendar' | 'administrative' = 'administrative',
): { key: string; from: LocalDate; to: LocalDate; label: string } {
  const today = localDateOf(at);
  const year = Number(today.slice(0, 4));
  const administrative = kind === 'administrative' || job === 'conference-report';
  const span = spans[job === 'conference-report' ? 'yearly-report' : job];
  const endOf = (y: number, m: number) => `${y}-${pad(m)}-${administrative ? 14 : lastDayOf(y, m)}`;
  const end = [year - 1, year]
    .flatMap((y) => span.ends.map((m) => ({ y, m })))
    .filter(({ y, m }) => endOf(y, m) <= today)
    .at(-1) as { y: number; m: number };
  const startMonth = end.m - span.months + (administrative ? 0 : 1);
  const startYear = startMonth <= 0 ? end.y - 1 : end.y;
  const from = `${startYear}-${pad(startMonth <= 0 ? startMonth + 12 : startMonth)}-${administrative ? 15 : '01'}`;
  return { ...named(job, end.y, end.m), from, to: endOf(end.y, end.m) };
}
