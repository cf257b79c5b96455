import { gradeNames } from '../../compliance/grade';
import { formatVnd } from '../../compliance/text';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import { positionNames, receptionBudget } from '../budget';
import {
  departmentHeading,
  headPhrase,
  meetingHeaders,
  meetingRows,
  meetingWidths,
  officialNames,
  partnerPhrase,
  signerBlock,
  type VisitFacts,
  visitDays,
  visitPeriod,
} from '../visit-facts';

function budget(facts: VisitFacts): Block[] {
  const { delegation, report } = facts;
  if (!report) return [paragraph('Chưa lập dự toán: hồ sơ đoàn chưa được rà soát để xác định hạng khách.')];
  const { lines, totalVnd } = receptionBudget(delegation, report.grade, facts.profile, visitDays(delegation));
  const intro = paragraph(
    `Đoàn thuộc diện ${gradeNames[report.grade.grade]} theo Thông tư số 71/2018/TT-BTC. ` +
      (delegation.vietnameseSidePays
        ? 'Phía Việt Nam chi trả chi phí ăn, ở trong nước; dự kiến kinh phí như sau:'
        : 'Phía đối tác tự chi trả chi phí ăn, ở; phía Việt Nam chỉ chi các khoản dưới đây.'),
  );
  if (lines.length === 0) return [intro, paragraph('Không phát sinh khoản chi từ ngân sách của Sở.')];
  const amount = (value: number | undefined) =>
    value === undefined ? 'Văn phòng điền theo định mức' : formatVnd(value);
  return [
    intro,
    {
      kind: 'table',
      headers: ['STT', 'Khoản chi', 'Đối tượng', 'Số người', 'Số ngày/lần', 'Định mức', 'Thành tiền'],
      rows: [
        ...lines.map((line, index) => [
          String(index + 1),
          line.item,
          positionNames[line.position],
          String(line.people),
          String(line.units),
          line.rateVnd === undefined
            ? ''
            : `${formatVnd(line.rateVnd)}${line.unverified ? ' (mức tối đa, chưa xác minh)' : ''}`,
          amount(line.amountVnd),
        ]),
        ['', 'Tổng cộng (các khoản đã có định mức)', '', '', '', '', formatVnd(totalVnd)],
      ],
      widths: [7, 16, 13, 9, 11, 22, 22],
    },
    paragraph(
      'Mức chi quà tặng theo Thông tư số 35/2026/TT-BTC (chưa xác minh); mức thuê phòng nghỉ theo định mức của Thông tư số 71/2018/TT-BTC cho trưởng đoàn, phó đoàn và thành viên.',
      { italic: true },
    ),
  ];
}

/** Kế hoạch đón tiếp: programme, participants, logistics and the estimated budget. */
export function receptionPlan(facts: VisitFacts): AdminDocument {
  const { delegation, issuer } = facts;
  const attending = [
    ...new Set(facts.meetings.flatMap((meeting) => officialNames(facts, meeting.officialIds))),
  ];
  const overnight = delegation.itinerary.filter((place) => place.overnightStay).map((place) => place.name);
  const body: Block[] = [
    paragraph(
      `Thực hiện chỉ đạo của Giám đốc Sở về việc đón tiếp đoàn ${partnerPhrase(delegation)} đến làm việc tại Sở ${visitPeriod(delegation)}, ${issuer.fullName} xây dựng Kế hoạch đón tiếp như sau:`,
    ),
    heading('I. MỤC ĐÍCH, YÊU CẦU'),
    paragraph(`Mục đích: ${delegation.purpose}`),
    paragraph(
      'Yêu cầu: công tác đón tiếp bảo đảm trang trọng, an toàn, tiết kiệm, đúng quy định về quản lý hoạt động đối ngoại.',
    ),
    heading('II. THÀNH PHẦN'),
    paragraph(
      `- Phía đối tác: ${delegation.members.length} thành viên, trưởng đoàn: ${headPhrase(delegation)}.`,
    ),
    paragraph(
      `- Phía Sở: ${attending.length ? attending.join('; ') : 'lãnh đạo Sở và đơn vị chủ trì (chưa xếp lịch họp)'}; ${facts.hostDivisionName} (đơn vị chủ trì); Văn phòng Sở.`,
    ),
    heading('III. CHƯƠNG TRÌNH LÀM VIỆC'),
    facts.meetings.length
      ? { kind: 'table', headers: meetingHeaders, rows: meetingRows(facts), widths: meetingWidths }
      : paragraph('Chương trình chi tiết sẽ được bổ sung khi xếp lịch làm việc.'),
    heading('IV. CÔNG TÁC HẬU CẦN'),
    paragraph(
      '- Văn phòng Sở chuẩn bị phòng họp, nước uống, biển tên, phiên dịch (nếu cần) và đón, tiễn đoàn.',
    ),
    paragraph(
      overnight.length
        ? `- Lưu trú: đoàn nghỉ qua đêm tại ${overnight.join('; ')}; cơ sở lưu trú khai báo tạm trú cho người nước ngoài theo quy định.`
        : '- Lưu trú: đoàn không nghỉ qua đêm theo chương trình đăng ký.',
    ),
    ...(delegation.giftsPlanned
      ? [
          paragraph(
            '- Quà tặng: sản phẩm sản xuất tại Việt Nam, mang bản sắc văn hóa dân tộc, trong mức chi cho phép.',
          ),
        ]
      : []),
    heading('V. KINH PHÍ DỰ KIẾN'),
    ...budget(facts),
    heading('VI. TỔ CHỨC THỰC HIỆN'),
    paragraph(
      `- ${facts.hostDivisionName} chủ trì nội dung làm việc, chuẩn bị tài liệu và báo cáo kết quả sau chuyến thăm.`,
    ),
    paragraph('- Văn phòng Sở phối hợp các cơ quan liên quan, bảo đảm hậu cần và kinh phí.'),
  ];
  return {
    ...departmentHeading(facts, 'KH'),
    typeName: 'KẾ HOẠCH',
    subject: `Đón tiếp đoàn ${partnerPhrase(delegation)}`,
    addressees: [],
    body,
    signer: signerBlock(issuer.head, facts.options.signer),
    recipients: [
      'Giám đốc, các Phó Giám đốc Sở',
      facts.hostDivisionName,
      'Văn phòng Sở',
      `Lưu: VT, ${issuer.office.abbreviation}.`,
    ],
    fileTitle: `Kế hoạch đón tiếp đoàn ${partnerPhrase(delegation)}`,
  };
}
