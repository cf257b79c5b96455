import type { RequiredApproval } from '../../compliance/finding';
import { ConflictError } from '../../domain/errors';
import { activityTypeNames, approvalKindNames } from '../../domain/vietnamese-names';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import {
  agencyName,
  departmentHeading,
  headPhrase,
  partnerPhrase,
  signerBlock,
  type VisitFacts,
  vietnameseDate,
  visitPeriod,
} from '../visit-facts';

interface Request {
  what: string;
  dueDate?: string;
  neededBy?: string;
  citation: string;
  /** Who files the application when it is not the Department (Luật Tín ngưỡng, tôn giáo 2016, Điều 48.1). */
  applicant?: string;
}

/** The Provincial People's Committee decides these; a conference for the Prime Minister goes elsewhere. */
const committeeDecides = (approval: RequiredApproval) =>
  (approval.kind === 'conference-permission' && approval.authority === 'provincial-committee') ||
  approval.kind === 'content-approval' ||
  (approval.kind === 'religious-acceptance' && approval.authority === 'religious-affairs');

/** What the visit needs from the Provincial People's Committee and is still missing, from the latest report. */
export function committeeRequests(facts: VisitFacts): Request[] {
  const report = facts.report;
  if (!report) return [];
  const citationOf = (ruleId: string) =>
    report.findings.find((finding) => finding.ruleId === ruleId)?.citation ?? '';
  const permissions = report.requiredApprovals
    .filter((approval) => !approval.recorded && committeeDecides(approval))
    .map((approval) => ({
      what: approval.kind ? `${approvalKindNames[approval.kind]}: ${approval.what}` : approval.what,
      dueDate: approval.dueDate,
      neededBy: approval.neededBy,
      citation: citationOf(approval.ruleId),
      applicant:
        approval.kind === 'religious-acceptance'
          ? `tổ chức tôn giáo mời đoàn là bên nộp hồ sơ; Sở báo cáo để UBND tỉnh nắm và chỉ đạo`
          : undefined,
    }));
  const reception = report.findings
    .filter((finding) => finding.ruleId === 'HIGH_LEVEL_RECEPTION')
    .map((finding) => ({
      what: `Lãnh đạo UBND tỉnh tiếp đoàn (${activityTypeNames.reception_by_provincial_leaders.toLocaleLowerCase('vi')})`,
      dueDate: finding.dueDate,
      neededBy: undefined,
      citation: finding.citation,
    }));
  return [...permissions, ...reception];
}

/** Công văn to the Provincial People's Committee asking for each permission the compliance report names. */
export function permissionRequest(facts: VisitFacts): AdminDocument {
  const { delegation, issuer } = facts;
  const requests = committeeRequests(facts);
  if (requests.length === 0)
    throw new ConflictError(
      'This visit needs no permission from the Provincial People’s Committee that is still missing (per its latest compliance report).',
    );
  const committee = agencyName(facts, 'provincial-committee');
  const body: Block[] = [
    paragraph(
      `${partnerPhrase(delegation)} đề nghị cử đoàn do ${headPhrase(delegation)} làm trưởng đoàn, gồm ${delegation.members.length} thành viên, đến làm việc tại ${issuer.fullName} ${visitPeriod(delegation)}.`,
    ),
    paragraph(`Mục đích, nội dung làm việc: ${delegation.purpose}`),
    heading('Nội dung đề nghị:'),
    ...requests.map((request, index) =>
      paragraph(
        `${index + 1}. ${request.what}.` +
          `${request.dueDate ? ` Thời hạn gửi hồ sơ theo quy định: chậm nhất ngày ${vietnameseDate(request.dueDate)}` : ''}` +
          `${request.neededBy ? `, trước ngày diễn ra hoạt động ${vietnameseDate(request.neededBy)}.` : request.dueDate ? '.' : ''}` +
          `${request.applicant ? ` Lưu ý: ${request.applicant}.` : ''}` +
          ` Căn cứ: ${request.citation}.`,
      ),
    ),
    paragraph(
      `${issuer.fullName} kính đề nghị ${committee} xem xét, cho ý kiến chỉ đạo để Sở triển khai đón tiếp đoàn theo quy định. Hồ sơ kèm theo: danh sách thành viên đoàn và chương trình làm việc dự kiến.`,
    ),
    paragraph('Trân trọng./.'),
  ];
  return {
    ...departmentHeading(facts),
    subject: `Đề nghị cho phép đón tiếp đoàn ${partnerPhrase(delegation)}`,
    addressees: [committee],
    body,
    signer: signerBlock(issuer.head, facts.options.signer),
    recipients: [
      'Như trên',
      agencyName(facts, 'foreign-affairs'),
      'Giám đốc Sở (để b/c)',
      `Lưu: VT, ${issuer.office.abbreviation}.`,
    ],
    fileTitle: `Công văn đề nghị UBND tỉnh cho phép đón đoàn ${partnerPhrase(delegation)}`,
  };
}
