import { defaultAgencyNames } from '../domain/agencies';
import type { Delegation } from '../domain/delegation';
import { formatVietnameseDate } from './calendar';
import type { ComplianceReport } from './engine';
import type { Severity } from './finding';

const severityNames: Record<Severity, string> = {
  blocking: 'Chặn',
  approval_required: 'Cần lãnh đạo quyết định',
  action_required: 'Cần thực hiện',
  info: 'Lưu ý',
};

export const outcomeNames: Record<ComplianceReport['outcome'], string> = {
  cleared: 'Đủ điều kiện',
  awaiting_permits: 'Chờ văn bản cho phép của cơ quan có thẩm quyền',
  approval_required: 'Chờ lãnh đạo quyết định',
  blocked: 'Bị chặn',
};

/** The report with what a person needs to act on each finding: rule, legal basis, what to do, by when. */
export function readableReport(report: ComplianceReport) {
  return {
    ...report,
    outcomeVi: outcomeNames[report.outcome],
    findings: report.findings.map((finding) => ({
      ...finding,
      severityVi: severityNames[finding.severity],
      dueDateVi: finding.dueDate ? formatVietnameseDate(finding.dueDate) : undefined,
      agencyNames: finding.agencies.map((agency) => defaultAgencyNames[agency]),
    })),
    summaryVi: report.findings.map(
      (finding) =>
        `[${severityNames[finding.severity]}] ${finding.title.vi}: ${finding.message}` +
        `${finding.dueDate ? ` Hạn: ${formatVietnameseDate(finding.dueDate)}.` : ''} Căn cứ: ${finding.citation}.`,
    ),
  };
}

/** Each task the Office marked done says so: who, when, with which note. */
function withTasksDone<R extends ReturnType<typeof readableReport>>(
  report: R,
  tasksDone: NonNullable<Delegation['tasksDone']>,
): R {
  return {
    ...report,
    findings: report.findings.map((finding) => {
      const done = tasksDone.find((task) => task.key === finding.key);
      return done ? { ...finding, done } : finding;
    }),
  };
}

const decisionNames = { approve: 'Lãnh đạo Sở đã đồng ý', reject: 'Lãnh đạo Sở không đồng ý' } as const;

/**
 * What GET /delegations/{id}/compliance answers: the latest report, readable; whether it is the
 * check of the registration as it stands (false while a newer version is being checked); and, once
 * leadership decided, its decision: the findings that asked for it read as decided, and the
 * outcome says what leadership decided instead of "waiting for leadership".
 */
export function currentReportView(
  report: ComplianceReport,
  delegation: Pick<Delegation, 'status' | 'compliance' | 'decision' | 'tasksDone'>,
) {
  const readable = withTasksDone(readableReport(report), delegation.tasksDone ?? []);
  const decision = delegation.decision;
  if (!decision)
    return {
      ...readable,
      current: delegation.compliance?.reportVersion === report.delegationVersion,
      delegationStatus: delegation.status,
    };
  const decided = `${decisionNames[decision.decision]} ngày ${formatVietnameseDate(decision.decidedAt.slice(0, 10))}`;
  return {
    ...readable,
    outcomeVi: report.outcome === 'approval_required' ? decided : readable.outcomeVi,
    findings: readable.findings.map((finding) =>
      finding.severity === 'approval_required'
        ? {
            ...finding,
            severityVi: `Đã quyết định: ${decision.decision === 'approve' ? 'đồng ý' : 'không đồng ý'}`,
            decided: decision.decision,
          }
        : finding,
    ),
    decision: { ...decision, decisionVi: decisionNames[decision.decision] },
    current: delegation.compliance?.reportVersion === report.delegationVersion,
    delegationStatus: delegation.status,
  };
}
