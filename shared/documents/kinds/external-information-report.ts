import { formatVietnameseDate, type LocalDate } from '../../compliance/calendar';
import { formatVnd } from '../../compliance/text';
import type { Issuer } from '../../config/issuer';
import { officialName } from '../../domain/recipients';
import type { ExternalInformationReport, NamedOfficial } from '../../history/external-information';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import { citer } from '../legal-documents';
import type { DraftOptions } from '../visit-facts';
import { DOTS, periodName, periodReport, toWrite } from './periodic-report';

const days = (from: LocalDate, to?: LocalDate) =>
  to && to !== from
    ? `${formatVietnameseDate(from)}–${formatVietnameseDate(to)}`
    : formatVietnameseDate(from);
const person = (official: NamedOfficial | undefined) => (official ? officialName(official) : DOTS);
const amount = (vnd: number | undefined) => (vnd === undefined ? '………… đồng' : formatVnd(vnd));

const table = (headers: string[], rows: string[][], widths: number[]): Block =>
  rows.length ? { kind: 'table', headers, rows, widths } : paragraph('Không có.');
const numbered = <T>(items: readonly T[], cells: (item: T) => string[]) =>
  items.map((item, index) => [String(index + 1), ...cells(item)]);

/**
 * The Department's yearly report on carrying out its external-information plan (Mục III.2), to
 * the Provincial People's Committee: the figures from the records, the narrative left to the Office.
 */
export function externalInformationReportDocument(input: {
  report: ExternalInformationReport;
  issuer: Issuer;
  options: DraftOptions;
  addressee: string;
}): AdminDocument {
  const { report, issuer } = input;
  const cite = citer();
  const period = periodName(report.from, report.to);
  const plan = report.planDocument ?? `Kế hoạch thông tin đối ngoại năm ${report.year} của Sở`;
  const body: Block[] = [
    paragraph(
      `Thực hiện ${cite('KH-147-UBND')} và ${plan}, ${issuer.fullName} báo cáo kết quả thực hiện công tác thông tin đối ngoại ${period} (số liệu từ ngày ${formatVietnameseDate(report.from)} đến ngày ${formatVietnameseDate(report.to)}) như sau:`,
    ),
    heading('I. CÔNG TÁC CHỈ ĐẠO, TRIỂN KHAI'),
    paragraph(`Lãnh đạo Sở phụ trách công tác thông tin đối ngoại: ${person(report.leader)}.`),
    paragraph(`Công chức đầu mối: ${person(report.focalOfficial)}.`),
    ...training(report),
    heading('II. KẾT QUẢ THỰC HIỆN'),
    paragraph('1. Công tác đón tiếp đoàn nước ngoài', { plain: true, italic: true }),
    ...visits(report),
    paragraph('2. Hội nghị, hội thảo quốc tế', { plain: true, italic: true }),
    table(
      ['STT', 'Hội nghị, hội thảo', 'Đối tác', 'Ngày', 'Cấp cho phép'],
      numbered(report.conferences, (row) => [row.title, row.partner, days(row.day), row.authority]),
      [7, 33, 26, 14, 20],
    ),
    paragraph('3. Thỏa thuận, văn bản hợp tác đã ký kết', { plain: true, italic: true }),
    table(
      ['STT', 'Văn bản', 'Đối tác', 'Ngày'],
      numbered(report.agreements, (row) => [row.title, row.partner, days(row.day)]),
      [7, 45, 32, 16],
    ),
    paragraph('4. Thông tin, tuyên truyền trên Cổng thông tin điện tử của Sở', { plain: true, italic: true }),
    ...(report.news.length
      ? [paragraph(`Đã đăng tải ${report.news.length} tin, bài về hoạt động đối ngoại của Sở:`)]
      : []),
    table(
      ['STT', 'Tin, bài', 'Ngày đăng', 'Đường dẫn'],
      numbered(report.news, (row) => [row.title, days(row.publishedOn), row.url]),
      [7, 43, 14, 36],
    ),
    paragraph('5. Tổ chức sự kiện kết nối, xúc tiến, trình diễn công nghệ', { plain: true, italic: true }),
    ...(report.eventsByKind.length
      ? [
          paragraph(
            `Sở đã tổ chức ${report.events.length} sự kiện, gồm: ${report.eventsByKind.map((row) => `${row.label} (${row.events})`).join('; ')}.`,
          ),
        ]
      : []),
    table(
      ['STT', 'Sự kiện', 'Loại hình', 'Thời gian', 'Địa điểm', 'Đối tác tham gia'],
      numbered(report.events, (row) => [
        row.title,
        row.kindName,
        days(row.from, row.to),
        row.place,
        row.partners.join('; '),
      ]),
      [7, 27, 18, 14, 16, 18],
    ),
    paragraph('6. Kinh phí', { plain: true, italic: true }),
    ...budget(report),
    heading('III. ĐÁNH GIÁ CHUNG'),
    paragraph('1. Kết quả đạt được', { plain: true, italic: true }),
    toWrite(),
    paragraph('2. Tồn tại, hạn chế và nguyên nhân', { plain: true, italic: true }),
    toWrite(),
    heading(`IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${report.year + 1}`),
    toWrite(),
    heading('V. ĐỀ XUẤT, KIẾN NGHỊ'),
    toWrite(),
  ];
  return periodReport({
    ...input,
    subject: 'Kết quả thực hiện công tác thông tin đối ngoại',
    from: report.from,
    to: report.to,
    body,
  });
}

function training(report: ExternalInformationReport): Block[] {
  if (!report.trainings.length)
    return [
      paragraph(
        'Công tác bồi dưỡng, tập huấn: trong kỳ, Sở chưa cử cán bộ tham gia lớp bồi dưỡng, tập huấn về thông tin đối ngoại.',
      ),
    ];
  return [
    paragraph(
      `Công tác bồi dưỡng, tập huấn: Sở đã cử cán bộ tham gia ${report.trainings.length} lớp bồi dưỡng, tập huấn:`,
    ),
    ...report.trainings.map((row) =>
      paragraph(
        `- ${row.title}, do ${row.organiser} tổ chức${row.place ? ` tại ${row.place}` : ''}, ${row.to && row.to !== row.from ? `từ ngày ${formatVietnameseDate(row.from)} đến ngày ${formatVietnameseDate(row.to)}` : `ngày ${formatVietnameseDate(row.from)}`}; người tham gia: ${row.attendees.join(', ')}.`,
      ),
    ),
  ];
}

function visits(report: ExternalInformationReport): Block[] {
  const { visits } = report;
  if (!visits.delegations) return [paragraph('Trong kỳ, Sở không đón đoàn nước ngoài nào.')];
  const list = (rows: readonly { label: string; delegations: number }[]) =>
    rows.map((row) => `${row.label} (${row.delegations} đoàn)`).join('; ');
  return [
    paragraph(
      `Trong kỳ, Sở đã đón tiếp ${visits.delegations} đoàn với ${visits.members} lượt khách, gồm: ${list(visits.byPartnerType)}.`,
    ),
    paragraph(`Các đoàn đến từ: ${list(visits.byCountry)}.`),
    ...(visits.byActivity.length
      ? [paragraph(`Hoạt động trong các chuyến thăm: ${list(visits.byActivity)}.`)]
      : []),
  ];
}

function budget(report: ExternalInformationReport): Block[] {
  const { budget } = report;
  const unpriced = budget.receptionsWithoutFigure
    ? ` (chưa tính ${budget.receptionsWithoutFigure} đoàn có mức chi do cấp có thẩm quyền quyết định)`
    : '';
  return [
    paragraph(`Dự toán kinh phí thực hiện Kế hoạch: ${amount(budget.planEstimateVnd)}.`),
    paragraph(`Kinh phí đã sử dụng: ${amount(budget.spentVnd)}.`),
    paragraph(
      `Kinh phí đón tiếp khách nước ngoài theo kế hoạch đón tiếp các đoàn: ${formatVnd(budget.receptionEstimateVnd)}${unpriced}.`,
    ),
  ];
}
