import { ConflictError } from '../../domain/errors';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import { reportToDirector, signatureFor } from '../signing';
import {
  agencyName,
  departmentHeading,
  ending,
  headPhrase,
  meetingHeaders,
  meetingRows,
  meetingWidths,
  partnerPhrase,
  type VisitFacts,
  vietnameseDate,
  visitPeriod,
} from '../visit-facts';

/** Báo cáo kết quả: the host division's post-visit report, as the Department reports it. */
export function visitReport(facts: VisitFacts): AdminDocument {
  const { delegation, issuer } = facts;
  const filed = delegation.visitReport;
  if (!filed)
    throw new ConflictError('No post-visit report has been filed for this visit yet; file it first.');
  const list = (items: readonly string[], none: string) =>
    items.length
      ? items.map((item, index) => paragraph(`- ${ending(item, index === items.length - 1 ? '.' : ';')}`))
      : [paragraph(none)];
  const body: Block[] = [
    paragraph(
      `Thực hiện quy định về quản lý hoạt động đối ngoại, ${issuer.fullName} báo cáo kết quả đón tiếp đoàn ${partnerPhrase(delegation)} như sau:`,
    ),
    heading('I. THÔNG TIN CHUNG'),
    paragraph(
      `- Thời gian: ${visitPeriod(delegation)}; trưởng đoàn: ${headPhrase(delegation)}; số thành viên: ${delegation.members.length}.`,
    ),
    paragraph(`- Mục đích: ${ending(delegation.purpose)}`),
    paragraph(`- Đơn vị chủ trì: ${facts.hostDivisionName}.`),
    ...(facts.meetings.length
      ? [
          {
            kind: 'table',
            headers: meetingHeaders,
            rows: meetingRows(facts),
            widths: meetingWidths,
          } satisfies Block,
        ]
      : []),
    heading('II. KẾT QUẢ LÀM VIỆC'),
    paragraph(ending(filed.summary)),
    ...list(filed.outcomes, 'Không có kết quả cụ thể khác.'),
    heading('III. CÁC VĂN BẢN, THỎA THUẬN ĐÃ KÝ'),
    ...list(filed.agreementsSigned, 'Không ký kết văn bản, thỏa thuận nào.'),
    heading('IV. CÔNG VIỆC TIẾP THEO'),
    filed.followUpActions.length
      ? {
          kind: 'table',
          headers: ['STT', 'Nội dung', 'Đơn vị thực hiện', 'Thời hạn'],
          rows: filed.followUpActions.map((action, index) => [
            String(index + 1),
            action.action,
            action.owner,
            action.dueDate ? vietnameseDate(action.dueDate) : '',
          ]),
          widths: [7, 49, 27, 17],
        }
      : paragraph('Không có công việc tiếp theo.'),
  ];
  return {
    ...departmentHeading(facts, 'BC'),
    typeName: 'BÁO CÁO',
    subject: `Kết quả đón tiếp đoàn ${partnerPhrase(delegation)}`,
    addressees: [agencyName(facts, 'provincial-committee')],
    basis: [],
    body,
    signer: signatureFor('visit-report', issuer, facts.options.signer),
    recipients: [
      'Như trên',
      agencyName(facts, 'foreign-affairs'),
      ...reportToDirector(facts.options.signer),
      `Lưu: VT, ${issuer.office.abbreviation}.`,
    ],
    fileTitle: `Báo cáo kết quả đón tiếp đoàn ${partnerPhrase(delegation)}`,
  };
}
