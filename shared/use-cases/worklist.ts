/**
 * The day in one answer, for the Office's worklist and the dashboard: the figures at a glance, the visits arriving this week, the open tasks of every open visit
 * grouped by visit (a task marked done, a permission recorded or a decision taken leaves it), and the
 * post-visit reports to file.
 */
import { addDays, type LocalDate, localDateOf } from '../compliance/calendar';
import type { Finding } from '../compliance/finding';
import type { RuleProfile } from '../compliance/profile';
import type { Delegation } from '../domain/delegation';
import { awaitingReport, closed, closedBeforeVisit, is, waitingForLeadership } from '../domain/lifecycle';
import { reportDueOn } from '../history/summary';
import type { ComplianceReports } from './ports/compliance-reports';
import type { ReportSource } from './ports/report-source';
import { visitLine } from './visit-line';

interface Deps {
  source: Pick<ReportSource, 'arriving' | 'inStatus'>;
  reports: Pick<ComplianceReports, 'latest'>;
  profile: RuleProfile;
}

/** How far back and ahead open visits are looked for: a long visit under way, the next two months. */
const WINDOW = { back: 30, ahead: 60, week: 7 } as const;

/** The worklist's line also carries the revision a command on the visit names (If-Match). */
const line = (delegation: Delegation) => ({ ...visitLine(delegation), revision: delegation.revision });

/** A finding the Office acts on, or waits on leadership for; advice and permits recorded are not tasks. */
function taskOf(finding: Finding, delegation: Delegation, today: LocalDate) {
  const leadership = finding.severity === 'approval_required';
  if (finding.severity === 'info') return undefined;
  // Leadership decided: the finding that asked for it is settled.
  if (leadership && (delegation.decision || !is(waitingForLeadership, delegation.status))) return undefined;
  if (delegation.tasksDone?.some((done) => done.key === finding.key)) return undefined;
  return {
    key: finding.key,
    ruleId: finding.ruleId,
    title: finding.summary ?? finding.title.vi,
    message: finding.message,
    severity: finding.severity,
    dueDate: finding.dueDate,
    overdue: finding.dueDate !== undefined && finding.dueDate < today,
    waitsForLeadership: leadership,
  };
}

export async function buildWorklist(now: Date, deps: Deps) {
  const today = localDateOf(now);
  const nearby = await deps.source.arriving(addDays(today, -WINDOW.back), addDays(today, WINDOW.ahead));
  const open = nearby.filter((delegation) => !is(closed, delegation.status));
  const withTasks = await Promise.all(
    open.map(async (delegation) => {
      const report = (await deps.reports.latest(delegation.id))?.report;
      const tasks = (report?.findings ?? [])
        .map((finding) => taskOf(finding, delegation, today))
        .filter((task) => task !== undefined)
        .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'));
      return { ...line(delegation), tasks };
    }),
  );
  const week = addDays(today, WINDOW.week);
  const inStatuses = async (statuses: readonly Delegation['status'][]) =>
    (await Promise.all(statuses.map((status) => deps.source.inStatus(status)))).flat();
  const [unreported, waiting] = await Promise.all([
    inStatuses(awaitingReport),
    inStatuses(waitingForLeadership),
  ]);
  const arrivals = open
    .filter((delegation) => {
      const arrival = localDateOf(delegation.visit.arrival);
      return arrival >= today && arrival <= week;
    })
    .map(line)
    .sort((a, b) => a.arrival.localeCompare(b.arrival));
  const visits = withTasks
    .filter((visit) => visit.tasks.length > 0)
    .sort((a, b) => (a.tasks[0]?.dueDate ?? '9999').localeCompare(b.tasks[0]?.dueDate ?? '9999'));
  const reportsDue = unreported
    .map((delegation) => {
      const dueOn = reportDueOn(delegation, deps.profile);
      return { ...line(delegation), reportDueOn: dueOn, overdue: dueOn < today };
    })
    .sort((a, b) => a.reportDueOn.localeCompare(b.reportDueOn));
  const month = today.slice(0, 7);
  return {
    today,
    summary: {
      visitsThisMonth: nearby.filter(
        (delegation) =>
          localDateOf(delegation.visit.arrival).startsWith(month) &&
          !is(closedBeforeVisit, delegation.status),
      ).length,
      waitingForLeadership: waiting.length,
      overdueTasks: visits.flatMap((visit) => visit.tasks).filter((task) => task.overdue).length,
      arrivalsThisWeek: arrivals.length,
      reportsOverdue: reportsDue.filter((report) => report.overdue).length,
    },
    arrivals,
    visits,
    reportsDue,
  };
}
