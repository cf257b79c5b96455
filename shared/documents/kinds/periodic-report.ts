import { formatVietnameseDate, type LocalDate } from '../../compliance/calendar';
import type { Issuer } from '../../config/issuer';
import type { Summary } from '../../history/summary';
import type { VisitList } from '../../history/visit-list';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import { reportToDirector, signatureFor } from '../signing';
import { type DraftOptions, dateParts } from '../visit-facts';

const ROMAN = ['I', 'II', 'III', 'IV'];
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthsBetween = (fy: number, fm: number, ty: number, tm: number) => (ty - fy) * 12 + tm - fm;

/**
 * "quý IV năm 2026", "6 tháng đầu năm 2026", "năm 2026" for calendar periods and for the
 * administrative ones of Nghị định 09/2019/NĐ-CP, Điều 12 (15th of the month before to the 14th),
 * or the dates when the period is neither.
 */
export function periodName(from: LocalDate, to: LocalDate): string {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const calendar = fd === 1 && td === lastDay(ty, tm) && fy === ty;
  const administrative = fd === 15 && td === 14;
  const months = monthsBetween(fy, fm, ty, tm) + (calendar ? 1 : 0);
  if ((calendar || administrative) && tm % 3 === 0) {
    if (months === 12 && tm === 12) return `năm ${ty}`;
    if (months === 6) return `6 tháng ${tm === 6 ? 'đầu' : 'cuối'} năm ${ty}`;
    if (months === 3) return `quý ${ROMAN[tm / 3 - 1]} năm ${ty}`;
  }
  return `từ ngày ${formatVietnameseDate(from)} đến ngày ${formatVietnameseDate(to)}`;
}

/** A part the Office writes in, or a name it fills: dotted, as a form leaves them. */
export const DOTS = '……………………………………………………………………………………………………';
export const toWrite = () => paragraph(DOTS, { plain: true });

/**
 * A period's report of the Department to the Provincial People's Committee: "BÁO CÁO" with its
 * subject, signed by leadership, copied to the Director when someone else signs.
 */
export function periodReport(input: {
  issuer: Issuer;
  options: DraftOptions;
  addressee: string;
  /** What is reported on, before the period: "Công tác đón tiếp đoàn nước ngoài". */
  subject: string;
  from: LocalDate;
  to: LocalDate;
  body: readonly Block[];
}): AdminDocument {
  const { issuer } = input;
  const subject = `${input.subject} ${periodName(input.from, input.to)}`;
  return {
    governingBody: issuer.governingBody,
    issuingBody: issuer.issuingBody,
    symbol: `BC-${issuer.abbreviation}`,
    ...dateParts(input.options),
    place: issuer.place,
    typeName: 'BÁO CÁO',
    subject,
    addressees: [input.addressee],
    basis: [],
    body: input.body,
    signer: signatureFor('periodic', issuer, input.options.signer),
    recipients: [
      'Như trên',
      ...reportToDirector(input.options.signer),
      `Lưu: VT, ${issuer.office.abbreviation}.`,
    ],
    fileTitle: `Báo cáo ${subject.charAt(0).toLowerCase()}${subject.slice(1)}`,
    draftedFrom: { period: `${input.from}/${input.to}` },
  };
}

/**
 * The quarterly or yearly report on receiving foreign delegations: the figures and the table of
 * visits from the same list GET /reports/visits returns, with the narrative left for the Office.
 */
export function periodicReport(input: {
  list: VisitList;
  byCountry: Summary;
  issuer: Issuer;
  options: DraftOptions;
  /** The body it reports to: the Provincial People's Committee. */
  addressee: string;
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
    ...agreements(list),
    toWrite(),
    heading('III. TỒN TẠI, HẠN CHẾ'),
    toWrite(),
    heading('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI'),
    toWrite(),
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
  return periodReport({
    ...input,
    subject: 'Công tác đón tiếp đoàn nước ngoài',
    from: list.from,
    to: list.to,
    body,
  });
}

/** The agreements signed during the period's visits, from their post-visit reports. */
function agreements(list: VisitList): Block[] {
  const signed = list.items.flatMap((row) => row.agreementsSigned);
  return signed.length
    ? [paragraph(`Các văn bản, thỏa thuận đã ký kết trong kỳ: ${signed.join('; ')}.`)]
    : [];
}
