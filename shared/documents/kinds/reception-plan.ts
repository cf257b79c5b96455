import { gradeSentence, protocolGradeOf } from '../../compliance/grade';
import { formatAmount } from '../../compliance/text';
import { costSharingNames } from '../../domain/vietnamese-names';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import { type Budget, receptionBudget } from '../budget';
import { type Cite, citer, type LegalDocumentKey } from '../legal-documents';
import { signatureFor } from '../signing';
import {
  basisLines,
  budgetFacts,
  departmentHeading,
  ending,
  headPhrase,
  meetingHeaders,
  meetingRows,
  meetingWidths,
  officeHosts,
  officialNames,
  partnerLetter,
  partnerPhrase,
  type VisitFacts,
  visitPeriod,
} from '../visit-facts';

const amount = (value: number | undefined) => (value === undefined ? '' : formatAmount(value));

/** Why a grade has no figures: the Special grade's are set in the plan; some heads' grade is the Chairman's to decide. */
function gradeNote(budget: Budget, cite: Cite): string | undefined {
  if (budget.grade === 'special')
    return 'Mức chi đón tiếp khách đặc biệt do cấp có thẩm quyền quyết định khi phê duyệt kế hoạch.';
  if (budget.grade === 'decided_by_chairman')
    return `Trưởng đoàn là người đứng đầu tổ chức quốc tế chưa được xếp hạng tại Phụ lục của Thông tư: hạng khách do Chủ tịch Ủy ban nhân dân tỉnh quyết định theo ${cite(budget.circular as LegalDocumentKey, 'điểm d khoản 1 Điều 4')}; mức chi xác định theo hạng khách được quyết định.`;
  return undefined;
}

function budgetSection(facts: VisitFacts, cite: Cite): Block[] {
  const { delegation } = facts;
  const grade = protocolGradeOf(delegation, facts.profile.parameters);
  const budget = receptionBudget(delegation, grade, facts.profile, budgetFacts(facts));
  const circular = budget.circular as LegalDocumentKey;
  const blocks: Block[] = [
    paragraph(
      `${gradeSentence(grade)}; ${costSharingNames[budget.costSharing]}. Dự kiến kinh phí theo ${cite(circular)} như sau:`,
    ),
  ];
  const note = gradeNote(budget, cite);
  if (note) blocks.push(paragraph(note));
  blocks.push({
    kind: 'table',
    headers: [
      'STT',
      'Nội dung chi',
      'Đối tượng',
      'Số người',
      'Số lượng',
      'Mức chi (đồng)',
      'Thành tiền (đồng)',
      'Căn cứ',
    ],
    rows: [
      ...budget.lines.map((line, index) => [
        String(index + 1),
        line.note ? `${line.item} (${ending(line.note, '')})` : line.item,
        line.who,
        String(line.people),
        `${line.units} ${line.unit}`,
        amount(line.rateVnd),
        amount(line.amountVnd),
        line.article,
      ]),
      [
        '',
        budget.complete ? 'Tổng cộng' : 'Cộng các khoản đã có mức chi',
        '',
        '',
        '',
        '',
        formatAmount(budget.totalVnd),
        '',
      ],
    ],
    widths: [6, 24, 14, 8, 9, 13, 14, 12],
  });
  if (!budget.complete && !note)
    blocks.push(
      paragraph(
        `Các khoản chưa ghi mức chi được chi theo định mức tại ${cite(circular)} và chứng từ thực tế.`,
      ),
    );
  return blocks;
}

/** Kế hoạch đón tiếp: purpose, participants, programme, logistics and the estimated budget. */
export function receptionPlan(facts: VisitFacts): AdminDocument {
  const { delegation, issuer } = facts;
  const cite = citer();
  const grade = protocolGradeOf(delegation, facts.profile.parameters);
  const circular = receptionBudget(delegation, grade, facts.profile, budgetFacts(facts))
    .circular as LegalDocumentKey;
  const basis = basisLines([cite(circular), partnerLetter(delegation)]);
  const attending = [
    ...new Set(facts.meetings.flatMap((meeting) => officialNames(facts, meeting.officialIds))),
  ];
  const overnight = delegation.itinerary.filter((place) => place.overnightStay).map((place) => place.name);
  const decided = delegation.decision?.decision === 'approve' ? ' và ý kiến chỉ đạo của Giám đốc Sở' : '';
  const body: Block[] = [
    paragraph(
      `Để đón tiếp đoàn ${partnerPhrase(delegation)} đến làm việc tại Sở ${visitPeriod(delegation)}${decided}, ${issuer.fullName} xây dựng Kế hoạch đón tiếp như sau:`,
    ),
    heading('I. MỤC ĐÍCH, YÊU CẦU'),
    paragraph(`1. Mục đích: ${ending(delegation.purpose)}`),
    paragraph(
      '2. Yêu cầu: công tác đón tiếp bảo đảm trang trọng, an toàn, tiết kiệm, đúng quy định về quản lý hoạt động đối ngoại.',
    ),
    heading('II. THÀNH PHẦN'),
    paragraph(
      `1. Phía đối tác: ${delegation.members.length} thành viên, trưởng đoàn: ${headPhrase(delegation)}.`,
    ),
    paragraph(
      `2. Phía Sở: ${attending.length ? `${attending.join('; ')}; ` : 'Lãnh đạo Sở; '}${officeHosts(facts) ? 'Văn phòng Sở (đơn vị chủ trì).' : `${facts.hostDivisionName} (đơn vị chủ trì); Văn phòng Sở.`}`,
    ),
    heading('III. CHƯƠNG TRÌNH LÀM VIỆC'),
    facts.meetings.length
      ? { kind: 'table', headers: meetingHeaders, rows: meetingRows(facts), widths: meetingWidths }
      : paragraph('Chương trình làm việc chi tiết được bổ sung khi thống nhất lịch làm việc với đối tác.'),
    heading('IV. CÔNG TÁC HẬU CẦN'),
    paragraph(
      '1. Văn phòng Sở chuẩn bị phòng họp, nước uống, biển tên, phiên dịch (nếu có) và đón, tiễn đoàn.',
    ),
    paragraph(
      overnight.length
        ? `2. Lưu trú: đoàn nghỉ qua đêm tại ${overnight.join('; ')}; cơ sở lưu trú khai báo tạm trú cho người nước ngoài theo quy định.`
        : '2. Lưu trú: đoàn không nghỉ qua đêm tại tỉnh.',
    ),
    ...(delegation.giftsPlanned
      ? [
          paragraph(
            '3. Quà tặng: sản phẩm sản xuất tại Việt Nam, mang bản sắc văn hóa dân tộc, trong mức chi cho phép.',
          ),
        ]
      : []),
    heading('V. KINH PHÍ DỰ KIẾN'),
    ...budgetSection(facts, cite),
    heading('VI. TỔ CHỨC THỰC HIỆN'),
    ...(officeHosts(facts)
      ? [
          paragraph(
            '1. Văn phòng Sở chủ trì nội dung làm việc, hậu cần, kinh phí và báo cáo kết quả sau chuyến thăm.',
          ),
        ]
      : [
          paragraph(
            `1. ${facts.hostDivisionName} chủ trì nội dung làm việc, chuẩn bị tài liệu và báo cáo kết quả sau chuyến thăm.`,
          ),
          paragraph('2. Văn phòng Sở phối hợp các cơ quan liên quan, bảo đảm hậu cần và kinh phí.'),
        ]),
  ];
  const signer = facts.options.signer;
  return {
    ...departmentHeading(facts, 'KH'),
    typeName: 'KẾ HOẠCH',
    subject: `Đón tiếp đoàn ${partnerPhrase(delegation)}`,
    addressees: [],
    basis,
    body,
    signer: signatureFor('reception-plan', issuer, signer),
    recipients: [
      ...(signer?.position === 'director' ? ['Các Phó Giám đốc Sở'] : ['Giám đốc, các Phó Giám đốc Sở']),
      ...(officeHosts(facts) ? [] : [facts.hostDivisionName]),
      'Văn phòng Sở',
      `Lưu: VT, ${issuer.office.abbreviation}.`,
    ].filter((line, index, all) => all.indexOf(line) === index),
    fileTitle: `Kế hoạch đón tiếp đoàn ${partnerPhrase(delegation)}`,
  };
}
