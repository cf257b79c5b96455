/**
 * The external-information plan of a year: what the Office keeps (leader, focal official,
 * training, events organised, budget), and the yearly report drawn from it and from the visits.
 */
import { protocolGradeOf } from '../compliance/grade';
import type { RuleProfile } from '../compliance/profile';
import type { Issuer } from '../config/issuer';
import { receptionBudget } from '../documents/budget';
import { externalInformationReportDocument } from '../documents/kinds/external-information-report';
import { renderDocx } from '../documents/render-docx';
import { agencyName, budgetFacts } from '../documents/visit-facts';
import type { Agency } from '../domain/agency-directory';
import type { Delegation } from '../domain/delegation';
import { UnprocessableError } from '../domain/errors';
import type { ExternalPlan } from '../domain/external-plan';
import { isLeadership } from '../domain/leadership';
import { is, received } from '../domain/lifecycle';
import type { Official } from '../domain/resources';
import { type ExternalInformationReport, externalInformationReport } from '../history/external-information';
import { externalInformationFileName } from '../history/external-information-files';
import { planPeriod } from '../history/plan-period';
import { type DraftRequest, draftOptions } from './draft-documents';
import type { DirectoryStore } from './ports/directory';
import type { Meetings } from './ports/meetings';
import type { ReportSource } from './ports/report-source';
import { conferenceAuthority } from './reports';

export interface StoredPlan {
  plan: ExternalPlan;
  /** 0 while nothing was ever saved for the year. */
  version: number;
}

export interface PlanStore {
  get(year: number): Promise<StoredPlan>;
  /** Saves the year's plan if nobody saved it since `current`; else StaleVersionError. */
  replace(year: number, plan: ExternalPlan, current: number): Promise<StoredPlan>;
}

type Read<T> = Pick<DirectoryStore<T>, 'get'>;

export const viewPlan = async (year: number, deps: { plans: PlanStore }) => {
  const { plan, version } = await deps.plans.get(year);
  return { year, ...plan, version };
};

/** The dates of the year's records belong to it, the people to the directory, the leader to its leadership. */
function problemsOf(year: number, plan: ExternalPlan, officials: readonly Official[]) {
  const issues: { path: string; message: string }[] = [];
  const official = (id: string | undefined, path: string) => {
    if (id === undefined) return undefined;
    const found = officials.find((candidate) => candidate.id === id && candidate.active);
    if (!found)
      issues.push({ path, message: `No active official has the id ${id} (GET /officials lists them)` });
    return found;
  };
  const leader = official(plan.leaderId, 'leaderId');
  if (leader && !isLeadership(leader))
    issues.push({
      path: 'leaderId',
      message: 'The leader in charge is the Director or a Deputy Director (their position in the directory)',
    });
  official(plan.focalOfficialId, 'focalOfficialId');
  for (const [list, records] of [
    ['trainings', plan.trainings],
    ['events', plan.events],
  ] as const)
    records.forEach((record, index) => {
      if (!record.from.startsWith(`${year}-`))
        issues.push({ path: `${list}.${index}.from`, message: `Falls outside the plan year ${year}` });
    });
  return issues;
}

export async function savePlan(
  year: number,
  plan: ExternalPlan,
  expectedVersion: number,
  deps: { plans: PlanStore; officials: Read<Official> },
) {
  const issues = problemsOf(year, plan, (await deps.officials.get()).items);
  if (issues.length) throw new UnprocessableError('The plan cannot be saved as it is.', { issues });
  const saved = await deps.plans.replace(year, plan, expectedVersion);
  return { year, ...saved.plan, version: saved.version };
}

export interface ExternalReportDeps {
  source: ReportSource;
  plans: PlanStore;
  officials: Read<Official>;
  meetings: Pick<Meetings, 'list'>;
  profile: RuleProfile;
}

export async function buildExternalInformationReport(
  year: number,
  deps: ExternalReportDeps,
): Promise<ExternalInformationReport> {
  return (await reportAndOfficials(year, deps)).report;
}

/** The report, and the officials directory it was read with (the draft's signer comes from it too). */
async function reportAndOfficials(year: number, deps: ExternalReportDeps) {
  const { from, to } = planPeriod(year, deps.profile);
  const [delegations, thisYear, yearBefore, officials] = await Promise.all([
    deps.source.arriving(from, to),
    deps.plans.get(year),
    deps.plans.get(year - 1),
    deps.officials.get(),
  ]);
  // Only the visits received are counted, so only theirs are priced (one meetings query each).
  const budgets = new Map(
    await Promise.all(
      delegations
        .filter((delegation) => is(received, delegation.status))
        .map(async (delegation) => [delegation.id, await budgetOf(delegation, deps)] as const),
    ),
  );
  const report = externalInformationReport({
    year,
    from,
    to,
    delegations,
    plan: thisYear.plan,
    records: [yearBefore.plan, thisYear.plan],
    officials: officials.items,
    conferenceAuthority: (delegation) => conferenceAuthority(delegation, deps.profile),
    receptionBudget: (delegation) => budgets.get(delegation.id) as { totalVnd: number; complete: boolean },
  });
  return { report, officials };
}

/** The visit's reception budget as its reception plan estimates it, from the meetings held. */
async function budgetOf(delegation: Delegation, deps: Pick<ExternalReportDeps, 'meetings' | 'profile'>) {
  const meetings = (await deps.meetings.list(delegation.id)).filter(
    (meeting) => meeting.status === 'scheduled',
  );
  const grade = protocolGradeOf(delegation, deps.profile.parameters);
  const budget = receptionBudget(delegation, grade, deps.profile, budgetFacts({ delegation, meetings }));
  return { totalVnd: budget.totalVnd, complete: budget.complete };
}

/**
 * The report as a .docx to the Provincial People's Committee; without a signer named in the
 * request, the draft names the plan's leader in charge when they may sign it.
 */
export async function draftExternalInformationReport(
  year: number,
  request: DraftRequest,
  deps: ExternalReportDeps & { agencies: Read<Agency>; issuer: Issuer },
  now: Date,
): Promise<{ content: Buffer; fileName: string }> {
  const [{ report, officials }, agencies] = await Promise.all([
    reportAndOfficials(year, deps),
    deps.agencies.get(),
  ]);
  const leader = officials.items.find((official) => official.id === report.leader?.id);
  const signer = request.signer ?? (leader && isLeadership(leader) ? leader.id : undefined);
  const options = await draftOptions({ ...request, signer }, { get: async () => officials }, now);
  const document = externalInformationReportDocument({
    report,
    issuer: deps.issuer,
    options,
    addressee: agencyName({ agencies: agencies.items }, 'provincial-committee'),
  });
  return { content: renderDocx(document), fileName: externalInformationFileName(report, 'docx') };
}
