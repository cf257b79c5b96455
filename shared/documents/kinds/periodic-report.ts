import { formatVietnameseDate, type LocalDate } from '../../compliance/calendar';
import type { Issuer } from '../../config/issuer';
import type { Summary } from '../../history/summary';
import type { VisitList } from '../../history/visit-list';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import { type DraftOptions, dateParts } from '../visit-facts';

const ROMAN = ['I', 'II', 'III', 'IV'];
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** "quý IV năm 2026", "năm 2026", or the dates when the period is neither. */
export function periodName(from: LocalDate, to: LocalDate): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  if (fy === ty && fd === 1 && td === lastDay(ty, tm)) {
    if (fm === 1 && tm === 12) return `năm ${fy}`;
    if ((fm - 1) % 3 === 0 && tm === fm + 2) return `quý ${ROMAN[(fm - 1) / 3]} năm ${fy}`;
  }
  return `từ ngày ${formatVietnameseDate(from)} đến ngày ${formatVietnameseDate(to)}`;
}

const placeholder = (text: string) => paragraph(`[${text}]`, { italic: true });

/**
 * The quarterly or yearly report on receiving foreign delegations: the figures and the table of
 * visits from the same list GET /reports/visits returns, with the narrative left for the Office.
 */
export function periodicReport(input: {
  list: VisitList;
  byCountry: Summary;
  issuer: Issuer;
  options: DraftOptions;
  recipients: readonly string[];
}): AdminDocument {
  const { list, byCountry, issuer } = input;
  const period = periodName(list.from, list.to);
  const totals = byCountry.totals;
  const countries = byCountry.rows.map((row) => `${row.label} (${row.delegations} đoàn)`).join(', ');
  const body: Block[] = [
    paragraph(`${issuer.fullName} báo cáo công tác đón tiếp đoàn nước ngoài ${period} như sau:`),
    heading('I. TÌNH HÌNH CHUNG'),
    paragraph(
      totals.delegations
        ? `Trong kỳ, Sở đã tiếp nhận đề nghị của ${totals.delegations} đoàn với ${totals.members} lượt khách nước ngoài, đến từ: ${countries}. Số cuộc làm việc: ${totals.meetings}; số đoàn đã hoàn thành chuyến thăm: ${totals.completed + totals.reported}; đã nộp báo cáo kết quả: ${totals.reported}; đoàn bị hủy: ${totals.cancelled}.`
        : 'Trong kỳ, Sở không đón đoàn nước ngoài nào.',
    ),
    heading('II. KẾT QUẢ ĐẠT ĐƯỢC'),
    placeholder('Văn phòng bổ sung: kết quả hợp tác nổi bật, thỏa thuận đã ký, dự án được triển khai'),
    heading('III. TỒN TẠI, HẠN CHẾ'),
    placeholder('Văn phòng bổ sung (nếu có)'),
    heading('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI'),
    placeholder('Văn phòng bổ sung'),
    heading('V. DANH SÁCH CÁC ĐOÀN'),
    list.items.length
      ? {
          kind: 'table',
          headers: ['STT', 'Đối tác', 'Quốc gia', 'Số khách', 'Thời gian', 'Mục đích', 'Kết quả'],
          rows: list.items.map((row, index) => [
            String(index + 1),
            row.partnerNameVi ? `${row.partnerNameVi} (${row.partnerName})` : row.partnerName,
            row.countryName,
            String(row.members),
            `${formatVietnameseDate(row.arrival)}–${formatVietnameseDate(row.departure)}`,
            row.purpose,
            row.results ?? row.statusVi,
          ]),
          widths: [7, 21, 11, 8, 17, 18, 18],
        }
      : paragraph('Không có.'),
  ];
  return {
    governingBody: issuer.governingBody,
    issuingBody: issuer.issuingBody,
    symbol: `BC-${issuer.abbreviation}`,
    ...dateParts(input.options),
    place: issuer.place,
    typeName: 'BÁO CÁO',
    subject: `Công tác đón tiếp đoàn nước ngoài ${period}`,
    addressees: input.recipients,
    body,
    signer: { authority: [issuer.head], name: input.options.signer?.fullName },
    recipients: ['Như trên', 'Giám đốc Sở', `Lưu: VT, ${issuer.office.abbreviation}.`],
    fileTitle: `Báo cáo công tác đón tiếp đoàn nước ngoài ${period}`,
    draftedFrom: { period: `${list.from}/${list.to}` },
  };
}
