import { readableReport } from '../../compliance/readable-report';
import { authorityNames } from '../../domain/vietnamese-names';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import {
  dateParts,
  draftedFrom,
  headPhrase,
  meetingHeaders,
  meetingRows,
  meetingWidths,
  partnerKind,
  partnerPhrase,
  type VisitFacts,
  vietnameseDate,
  visitPeriod,
} from '../visit-facts';

/** What the compliance check found, one paragraph per finding with its legal basis and due date. */
function findings(facts: VisitFacts): Block[] {
  if (!facts.report)
    return [paragraph('Hồ sơ đoàn chưa được rà soát theo quy định; Văn phòng sẽ báo cáo bổ sung.')];
  const report = readableReport(facts.report);
  const shown = report.findings.filter((finding) => finding.severity !== 'info');
  if (shown.length === 0)
    return [
      paragraph(
        `Kết quả rà soát ngày ${vietnameseDate(report.checkedAt.slice(0, 10))}: ${report.outcomeVi}; không có nội dung phải xử lý.`,
      ),
    ];
  return [
    paragraph(`Kết quả rà soát: ${report.outcomeVi}. Các nội dung cần xử lý:`),
    ...shown.map((finding) =>
      paragraph(
        `- ${finding.title.vi} (${finding.severityVi}): ${finding.message}` +
          `${finding.dueDateVi ? ` Thời hạn: ${finding.dueDateVi}.` : ''} Căn cứ: ${finding.citation}.`,
      ),
    ),
  ];
}

/** What the Office asks the Director to agree to: receive the visit, assign the host, apply for each permission. */
function proposals(facts: VisitFacts): Block[] {
  const lines = [
    `Đồng ý tiếp đoàn ${partnerPhrase(facts.delegation)} đến làm việc tại Sở ${visitPeriod(facts.delegation)}.`,
    `Giao ${facts.hostDivisionName} chủ trì, phối hợp với Văn phòng Sở chuẩn bị nội dung, chương trình làm việc.`,
  ];
  const open = (facts.report?.requiredApprovals ?? []).filter(
    (approval) => approval.authority !== 'leadership' && !approval.recorded,
  );
  for (const approval of open)
    lines.push(
      `Giao Văn phòng Sở dự thảo văn bản gửi ${authorityNames[approval.authority as keyof typeof authorityNames] ?? approval.authority} về việc: ${approval.what}` +
        `${approval.dueDate ? ` (gửi trước ngày ${vietnameseDate(approval.dueDate)})` : ''}.`,
    );
  if (facts.report?.outcome === 'approval_required')
    lines.push('Cho ý kiến đối với các nội dung cần lãnh đạo Sở quyết định nêu tại Mục II.');
  return lines.map((line, index) => paragraph(`${index + 1}. ${line}`));
}

/** Tờ trình: the Office proposes to the Director how to receive the visit. */
export function proposal(facts: VisitFacts): AdminDocument {
  const { delegation, issuer } = facts;
  const letter = delegation.sourceLetter;
  const body: Block[] = [
    paragraph(
      letter
        ? `Ngày ${vietnameseDate(letter.receivedOn ?? letter.date)}, Sở nhận được văn bản số ${letter.number} ngày ${vietnameseDate(letter.date)} của ${partnerPhrase(delegation)} đề nghị đến làm việc tại Sở. Văn phòng Sở kính trình Giám đốc Sở như sau:`
        : `${partnerPhrase(delegation)} đề nghị đến làm việc tại Sở. Văn phòng Sở kính trình Giám đốc Sở như sau:`,
    ),
    heading('I. THÔNG TIN VỀ ĐOÀN'),
    paragraph(`- Đối tác: ${partnerPhrase(delegation)}; loại đối tác: ${partnerKind(delegation)}.`),
    paragraph(`- Trưởng đoàn: ${headPhrase(delegation)}; số thành viên: ${delegation.members.length} người.`),
    paragraph(`- Thời gian: ${visitPeriod(delegation)}.`),
    paragraph(`- Mục đích: ${delegation.purpose}`),
    ...(delegation.topics.length ? [paragraph(`- Nội dung làm việc: ${delegation.topics.join('; ')}.`)] : []),
    paragraph(`- Đơn vị chủ trì: ${facts.hostDivisionName}.`),
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
    body,
    signer: { authority: [issuer.office.head], name: facts.options.signer?.fullName },
    recipients: ['Như trên', `${facts.hostDivisionName}`, `Lưu: VT, ${issuer.office.abbreviation}.`],
    fileTitle: `Tờ trình đón tiếp đoàn ${partnerPhrase(delegation)}`,
    draftedFrom: draftedFrom(facts),
  };
}
