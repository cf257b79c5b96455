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

/**
 * What GET /delegations/{id}/compliance answers: the latest report, readable, and whether it is
 * the check of the registration as it stands (false while a newer version is being checked).
 */
export function currentReportView(
  report: ComplianceReport,
  delegation: Pick<Delegation, 'status' | 'compliance'>,
) {
  return {
    ...readableReport(report),
    current: delegation.compliance?.reportVersion === report.delegationVersion,
    delegationStatus: delegation.status,
  };
}
