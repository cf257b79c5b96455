import { formatVietnameseDate } from '../../compliance/calendar';
import { isOpenPermission, type RequiredApproval } from '../../compliance/finding';
import { gradeSentence, protocolGradeOf } from '../../compliance/grade';
import { outcomeNames } from '../../compliance/readable-report';
import { costSharingOf } from '../../domain/cost-sharing';
import type { ApprovalAuthority } from '../../domain/external-approval';
import { authorityNames, costSharingNames } from '../../domain/vietnamese-names';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import { citer } from '../legal-documents';
import { documentCitation } from '../outgoing-text';
import { signatureFor } from '../signing';
import {
  dateParts,
  draftedFrom,
  ending,
  headPhrase,
  meetingHeaders,
  meetingRows,
  meetingWidths,
  officeHosts,
  partnerKind,
  partnerLetter,
  partnerPhrase,
  type VisitFacts,
  visitPeriod,
} from '../visit-facts';
import { conferenceOf, conferenceTitle } from './conference-plan';

/** What the compliance check found: one row per finding to act on, with its due date and legal basis. */
function findings(facts: VisitFacts): Block[] {
  const report = facts.report;
  if (!report)
    return [paragraph('Hồ sơ đoàn đang được rà soát theo quy định; Văn phòng Sở sẽ báo cáo bổ sung.')];
  const shown = report.findings.filter((finding) => finding.severity !== 'info');
  const cite = citer();
  const checked = `Kết quả rà soát ngày ${formatVietnameseDate(report.checkedAt.slice(0, 10))}: ${outcomeNames[report.outcome].toLocaleLowerCase('vi')}`;
  if (shown.length === 0) return [paragraph(`${checked}; không có nội dung phải xử lý.`)];
  return [
    paragraph(`${checked}. Các nội dung cần thực hiện:`),
    {
      kind: 'table',
      headers: ['STT', 'Nội dung', 'Thời hạn', 'Căn cứ'],
      rows: shown.map((finding, index) => [
        String(index + 1),
        finding.approvals[0]?.what ?? finding.summary ?? finding.title.vi,
        finding.dueDate ? formatVietnameseDate(finding.dueDate) : '',
        cite.expand(documentCitation(finding) ?? ''),
      ]),
      widths: [7, 45, 15, 33],
    },
  ];
}

/** What the Office does about a permission still missing, as the Director assigns it. */
function taskOf(approval: RequiredApproval, facts: VisitFacts): string {
  const authority = authorityNames[approval.authority as ApprovalAuthority] ?? approval.authority;
  const subject = approval.subject ? ` "${approval.subject}"` : '';
  switch (approval.kind) {
    case 'conference-permission':
      return `lập hồ sơ đề nghị ${authority} cho phép tổ chức ${conferenceTitle(conferenceOf(facts.delegation, approval.subject))}`;
    case 'restricted-area-permit':
      return `gửi văn bản đề nghị ${authority} cấp giấy phép vào khu vực cấm`;
    case 'press-permit':
      return 'đề nghị đối tác hoàn thành thủ tục xin giấy phép hoạt động báo chí của Bộ Ngoại giao';
    case 'religious-acceptance':
      return 'theo dõi việc tổ chức tôn giáo mời đoàn xin chấp thuận hoạt động tôn giáo';
    case 'content-approval':
      return `trình ${authority} cho ý kiến về nội dung làm việc của đoàn`;
    case 'secrets-approval':
      return 'đề nghị người có thẩm quyền theo độ mật cho ý kiến bằng văn bản về việc trao đổi thông tin bí mật nhà nước';
    case 'agreement-permission':
      return `lấy ý kiến các cơ quan liên quan, trình ${authority} cho phép ký${subject || ' thỏa thuận hợp tác'}`;
    case 'aid-approval':
      return `trình ${authority} phê duyệt tiếp nhận${subject || ' khoản viện trợ'}`;
    default:
      return `hoàn thành thủ tục: ${ending(approval.what, '').toLocaleLowerCase('vi')}`;
  }
}

/** What the Office asks the Director to agree to: receive the visit, assign the host, ask for each permission. */
function proposals(facts: VisitFacts): Block[] {
  const { delegation } = facts;
  const lines = [
    `Đồng ý tiếp đoàn ${partnerPhrase(delegation)} đến làm việc tại Sở ${visitPeriod(delegation)}.`,
    officeHosts(facts)
      ? 'Giao Văn phòng Sở chủ trì chuẩn bị nội dung, chương trình làm việc và công tác đón tiếp.'
      : `Giao ${facts.hostDivisionName} chủ trì, phối hợp với Văn phòng Sở chuẩn bị nội dung, chương trình làm việc.`,
  ];
  for (const approval of (facts.report?.requiredApprovals ?? []).filter(isOpenPermission))
    lines.push(
      `Giao Văn phòng Sở ${taskOf(approval, facts)}` +
        `${approval.dueDate ? ` trước ngày ${formatVietnameseDate(approval.dueDate)}` : ''}.`,
    );
  const decisions = (facts.report?.requiredApprovals ?? []).filter(
    (approval) => approval.authority === 'leadership' && !approval.recorded,
  );
  if (decisions.length)
    lines.push(
      `Cho ý kiến về nội dung cần Giám đốc Sở quyết định: ${decisions.map((approval) => ending(approval.what, '').toLocaleLowerCase('vi')).join('; ')}.`,
    );
  return lines.map((line, index) => paragraph(`${index + 1}. ${line}`));
}

/** Tờ trình: the Office proposes to the Director how to receive the visit. */
export function proposal(facts: VisitFacts): AdminDocument {
  const { delegation, issuer } = facts;
  const letter = delegation.sourceLetter;
  const grade = protocolGradeOf(delegation, facts.profile.parameters);
  const body: Block[] = [
    paragraph(
      letter
        ? `Ngày ${formatVietnameseDate(letter.receivedOn ?? letter.date)}, Sở nhận được ${partnerLetter(delegation)} đề nghị cử đoàn đến làm việc tại Sở. Văn phòng Sở kính trình Giám đốc Sở như sau:`
        : `${ending(partnerPhrase(delegation), '')} đề nghị cử đoàn đến làm việc tại Sở. Văn phòng Sở kính trình Giám đốc Sở như sau:`,
    ),
    heading('I. THÔNG TIN VỀ ĐOÀN'),
    paragraph(
      `- Đối tác: ${partnerPhrase(delegation)}; loại đối tác: ${partnerKind(delegation).toLocaleLowerCase('vi')}.`,
    ),
    paragraph(`- Trưởng đoàn: ${headPhrase(delegation)}; số thành viên: ${delegation.members.length} người.`),
    paragraph(`- Thời gian: ${visitPeriod(delegation)}.`),
    paragraph(`- Mục đích: ${ending(delegation.purpose)}`),
    ...(delegation.topics.length
      ? [paragraph(`- Nội dung làm việc: ${ending(delegation.topics.join('; '))}`)]
      : []),
    paragraph(`- Đơn vị chủ trì: ${facts.hostDivisionName}.`),
    paragraph(`- ${gradeSentence(grade)}; chi phí: ${costSharingNames[costSharingOf(delegation)]}.`),
    heading('II. KẾT QUẢ RÀ SOÁT THEO QUY ĐỊNH VỀ ĐỐI NGOẠI'),
    ...findings(facts),
  ];
  if (facts.meetings.length) {
    body.push(heading('III. CHƯƠNG TRÌNH LÀM VIỆC DỰ KIẾN'), {
      kind: 'table',
      headers: meetingHeaders,
      rows: meetingRows(facts),
      widths: meetingWidths,
    });
  }
  body.push(
    heading(`${facts.meetings.length ? 'IV' : 'III'}. ĐỀ XUẤT`),
    paragraph('Văn phòng Sở kính trình Giám đốc Sở xem xét:'),
    ...proposals(facts),
    paragraph('Văn phòng Sở kính trình Giám đốc Sở xem xét, quyết định./.'),
  );
  return {
    governingBody: issuer.issuingBody,
    issuingBody: issuer.office.name,
    symbol: `TTr-${issuer.office.abbreviation}`,
    ...dateParts(facts.options),
    place: issuer.place,
    typeName: 'TỜ TRÌNH',
    subject: `Về việc đón tiếp đoàn ${partnerPhrase(delegation)}`,
    addressees: ['Giám đốc Sở Khoa học và Công nghệ'],
    // A proposal narrates the partner's letter instead of citing it.
    basis: [],
    body,
    signer: signatureFor('proposal', issuer, facts.options.signer),
    recipients: [
      'Như trên',
      ...(officeHosts(facts) ? [] : [facts.hostDivisionName]),
      `Lưu: VT, ${issuer.office.abbreviation}.`,
    ],
    fileTitle: `Tờ trình đón tiếp đoàn ${partnerPhrase(delegation)}`,
    draftedFrom: draftedFrom(facts),
  };
}
