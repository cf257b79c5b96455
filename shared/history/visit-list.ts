import { formatVietnameseDate, type LocalDate, localDateOf } from '../compliance/calendar';
import type { Delegation } from '../domain/delegation';
import { statusNameOf } from '../domain/status-names';
import { partnerTypeNames } from '../domain/vietnamese-names';
import { countryName } from '../notifications/vietnamese';

/** One visit as the list a report to the Provincial People's Committee is built from. */
export interface VisitListRow {
  id: string;
  partnerNameVi?: string;
  partnerName: string;
  country: string;
  countryName: string;
  partnerType: string;
  members: number;
  head?: { fullName: string; title?: string };
  arrival: LocalDate;
  departure: LocalDate;
  purpose: string;
  hostDivision: string;
  status: Delegation['status'];
  statusVi: string;
  results?: string;
  agreementsSigned: string[];
}

export interface VisitList {
  title: string;
  from: LocalDate;
  to: LocalDate;
  items: VisitListRow[];
}

/** The visits arriving in the period, in order of arrival. Pure. */
export function visitList(
  delegations: readonly Delegation[],
  options: { from: LocalDate; to: LocalDate; divisionName: (id: string) => string },
): VisitList {
  const items = [...delegations]
    .sort((a, b) => a.visit.arrival.localeCompare(b.visit.arrival))
    .map((delegation): VisitListRow => {
      const head = delegation.members.find((member) => member.role === 'head');
      const report = delegation.visitReport;
      return {
        id: delegation.id,
        partnerNameVi: delegation.partner.nameVi,
        partnerName: delegation.partner.name,
        country: delegation.partner.country,
        countryName: countryName(delegation.partner.country),
        partnerType: partnerTypeNames[delegation.partner.type] ?? delegation.partner.type,
        members: delegation.members.length,
        head: head && { fullName: head.fullName, title: head.titleVi ?? head.title },
        arrival: localDateOf(delegation.visit.arrival),
        departure: localDateOf(delegation.visit.departure),
        purpose: delegation.purpose,
        hostDivision: options.divisionName(delegation.hostDivision),
        status: delegation.status,
        statusVi: statusNameOf(delegation),
        results: report ? [report.summary, ...report.outcomes].join('; ') : undefined,
        agreementsSigned: report?.agreementsSigned ?? [],
      };
    });
  return {
    title: `DANH SÁCH ĐOÀN NƯỚC NGOÀI ĐẾN LÀM VIỆC TỪ ${formatVietnameseDate(options.from)} ĐẾN ${formatVietnameseDate(options.to)}`,
    from: options.from,
    to: options.to,
    items,
  };
}

export const visitHeaders = [
  'STT',
  'Đối tác (tên tiếng Việt)',
  'Tên gốc',
  'Quốc gia',
  'Loại đối tác',
  'Số thành viên',
  'Trưởng đoàn',
  'Chức danh',
  'Từ ngày',
  'Đến ngày',
  'Mục đích',
  'Đơn vị chủ trì',
  'Trạng thái',
  'Kết quả',
  'Thỏa thuận đã ký',
];

/** A calendar day in a table: dd/MM/yyyy in a CSV, a real date in a workbook. */
export interface DayCell {
  day: LocalDate;
}
export type Cell = string | number | DayCell;

export const visitRows = (list: VisitList): Cell[][] =>
  list.items.map((row, index) => [
    index + 1,
    row.partnerNameVi ?? '',
    row.partnerName,
    row.countryName,
    row.partnerType,
    row.members,
    row.head?.fullName ?? '',
    row.head?.title ?? '',
    { day: row.arrival },
    { day: row.departure },
    row.purpose,
    row.hostDivision,
    row.statusVi,
    row.results ?? '',
    row.agreementsSigned.join('; '),
  ]);
