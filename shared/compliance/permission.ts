import type { ApprovalAuthority, ApprovalKind, ExternalApproval } from '../domain/external-approval';
import { approvalKindNames } from '../domain/vietnamese-names';
import { formatVietnameseDate as d, type LocalDate } from './calendar';
import type { Notice, RuleOutcome } from './finding';
import { deadline, type RuleContext } from './rule';

export interface PermissionNeed {
  kind: ApprovalKind;
  /** Authorities whose document satisfies it (a restricted area may be the police's or the military's). */
  authorities: readonly [ApprovalAuthority, ...ApprovalAuthority[]];
  /** What the permission covers, when the visit may need several of its kind. */
  subject?: string;
  /** What is needed, for the task and the required-approvals list. */
  what: string;
  /** When the application must be filed. */
  applyBy: LocalDate;
  /** The last day the visit can wait for it. */
  neededBy: LocalDate;
  /** The Office's task while it is missing: who applies, through which channel, by when. */
  task: string;
  /** What outside bodies are told while it is missing (information, never the request itself). */
  notices?: Notice[];
  /** What the Office's leadership decides when the application deadline had passed on receipt. */
  lateDecision: string;
  citation?: string;
}

const sameSubject = (a: string, b: string) =>
  a.trim().toLocaleLowerCase('vi') === b.trim().toLocaleLowerCase('vi');

/** The recorded document that satisfies a need: same kind and authority, covering its subject and date. */
export function recordFor(
  need: PermissionNeed,
  records: readonly ExternalApproval[],
): ExternalApproval | undefined {
  return records.find(
    (record) =>
      record.kind === need.kind &&
      need.authorities.includes(record.authority) &&
      (record.subject === undefined ||
        need.subject === undefined ||
        sameSubject(record.subject, need.subject)) &&
      (record.validUntil === undefined || record.validUntil >= need.neededBy),
  );
}

/**
 * A permission that only an outside authority can give. Recorded: satisfied (info, showing the
 * document). Missing: the Office's task with its due date; the Department's leadership decides only
 * whether to go on with a request that arrived after the application deadline; and once the day it
 * is needed has come without it, the visit cannot go ahead (blocking). Leadership never stands in
 * for the permission itself.
 */
export function permissionOutcome(context: RuleContext, need: PermissionNeed): RuleOutcome {
  const authority = need.authorities[0];
  const record = recordFor(need, context.delegation.approvals ?? []);
  const base = {
    kind: need.kind,
    authority,
    ...(need.subject ? { subject: need.subject } : {}),
    what: need.what,
    dueDate: need.applyBy,
    neededBy: need.neededBy,
  };
  if (record) {
    return {
      severity: 'info',
      citation: need.citation,
      approvals: [
        {
          ...base,
          recorded: {
            id: record.id,
            documentNumber: record.documentNumber,
            documentDate: record.documentDate,
            issuingBody: record.issuingBody,
          },
        },
      ],
      message: `Đã có ${approvalKindNames[need.kind].toLocaleLowerCase('vi')}${need.subject ? ` (${need.subject})` : ''}: văn bản số ${record.documentNumber} ngày ${d(record.documentDate)} của ${record.issuingBody}.`,
    };
  }
  const due = deadline(context, need.applyBy);
  const missingOnTheDay = context.checkedOn >= need.neededBy;
  return {
    severity: missingOnTheDay ? 'blocking' : due.overdue ? 'approval_required' : 'action_required',
    ...due,
    citation: need.citation,
    notices: need.notices,
    approvals: [base],
    message:
      need.task +
      (missingOnTheDay
        ? ` Đến ngày ${d(context.checkedOn)} chưa có văn bản (cần có chậm nhất ngày ${d(need.neededBy)}): đoàn chưa thể tiến hành nội dung này.`
        : due.overdue
          ? ` Hạn nộp hồ sơ đã qua khi nhận đề nghị: ${need.lateDecision}`
          : '') +
      ' Khi có văn bản, Văn phòng Sở ghi số, ngày văn bản vào hồ sơ đoàn.',
  };
}
