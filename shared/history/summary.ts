import { formatVietnameseDate, type LocalDate, localDateOf } from '../compliance/calendar';
import { calendarOf, type RuleProfile } from '../compliance/profile';
import type { Delegation } from '../domain/delegation';
import { awaitingReport, is, waitingForLeadership } from '../domain/lifecycle';
import type { DelegationStatus } from '../domain/status';
import { statusNameOf } from '../domain/status-names';
import { partnerTypeNames } from '../domain/vietnamese-names';
import { countryName, partnerName } from '../notifications/vietnamese';

export const groupings = ['country', 'partnerType', 'month', 'quarter'] as const;
export type GroupBy = (typeof groupings)[number];

export interface SummaryRow {
  group: string;
  label: string;
  delegations: number;
  members: number;
  meetings: number;
  /** What the latest compliance check found, whatever happened after. */
  cleared: number;
  /** Nothing to decide, but a permission from an outside authority still missing. */
  awaitingPermits: number;
  approvalRequired: number;
  blocked: number;
  /** Where each visit stands now (lifecycle). */
  awaitingDecision: number;
  approved: number;
  rejected: number;
  cancelled: number;
  completed: number;
  reported: number;
  overdueReports: number;
}

export interface Summary {
  title: string;
  from: LocalDate;
  to: LocalDate;
  groupBy: GroupBy;
  rows: SummaryRow[];
  totals: SummaryRow;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The columns that count the visits standing in a status now. */
const statusCounters: Partial<Record<DelegationStatus, 'rejected' | 'cancelled' | 'completed' | 'reported'>> =
  {
    rejected: 'rejected',
    cancelled: 'cancelled',
    completed: 'completed',
    reported: 'reported',
  };

function groupOf(delegation: Delegation, groupBy: GroupBy): { group: string; label: string } {
  const arrival = localDateOf(delegation.visit.arrival);
  const [year, month] = arrival.split('-');
  switch (groupBy) {
    case 'country':
      return { group: delegation.partner.country, label: countryName(delegation.partner.country) };
    case 'partnerType':
      return {
        group: delegation.partner.type,
        label: partnerTypeNames[delegation.partner.type] ?? delegation.partner.type,
      };
    case 'month':
      return { group: `${year}-${month}`, label: `Tháng ${month}/${year}` };
    case 'quarter': {
      const quarter = Math.floor((Number(month) - 1) / 3);
      return { group: `${year}-Q${quarter + 1}`, label: `Quý ${ROMAN[quarter]}/${year}` };
    }
  }
}

/**
 * The day a completed visit's report falls due: 3 days after departure, 15 after a conference;
 * on a rest day, the next working day (Bộ luật Dân sự 2015, Điều 148), as POST_VISIT_REPORT says.
 */
export function reportDueOn(delegation: Delegation, profile: RuleProfile): LocalDate {
  const conference = delegation.activities.some((activity) => activity.type === 'conference');
  const params = profile.parameters;
  return calendarOf(profile).daysAfter(
    localDateOf(delegation.visit.departure),
    conference ? params.postConferenceReportDays : params.postVisitReportDays,
  );
}

const emptyRow = (group: string, label: string): SummaryRow => ({
  group,
  label,
  delegations: 0,
  members: 0,
  meetings: 0,
  cleared: 0,
  awaitingPermits: 0,
  approvalRequired: 0,
  blocked: 0,
  awaitingDecision: 0,
  approved: 0,
  rejected: 0,
  cancelled: 0,
  completed: 0,
  reported: 0,
  overdueReports: 0,
});

/** Counts per group for the leadership's periodic and ad-hoc reports. Pure. */
export function summarize(
  visits: readonly { delegation: Delegation; meetings: number }[],
  options: { from: LocalDate; to: LocalDate; groupBy: GroupBy; today: LocalDate; profile: RuleProfile },
): Summary {
  const rows = new Map<string, SummaryRow>();
  const totals = emptyRow('total', 'Tổng cộng');
  for (const { delegation, meetings } of visits) {
    const { group, label } = groupOf(delegation, options.groupBy);
    const row = rows.get(group) ?? emptyRow(group, label);
    rows.set(group, row);
    const outcome = delegation.compliance?.outcome;
    const overdue =
      is(awaitingReport, delegation.status) && reportDueOn(delegation, options.profile) < options.today;
    const counter = statusCounters[delegation.status];
    for (const target of [row, totals]) {
      target.delegations++;
      target.members += delegation.members.length;
      target.meetings += meetings;
      if (outcome === 'cleared') target.cleared++;
      if (outcome === 'awaiting_permits') target.awaitingPermits++;
      if (outcome === 'approval_required') target.approvalRequired++;
      if (outcome === 'blocked') target.blocked++;
      if (is(waitingForLeadership, delegation.status)) target.awaitingDecision++;
      // Approved by leadership, whatever came after (a visit approved then cancelled counts in both).
      if (delegation.decision?.decision === 'approve') target.approved++;
      if (counter) target[counter]++;
      if (overdue) target.overdueReports++;
    }
  }
  return {
    title: `BÁO CÁO TỔNG HỢP ĐOÀN NƯỚC NGOÀI ĐẾN LÀM VIỆC TỪ ${formatVietnameseDate(options.from)} ĐẾN ${formatVietnameseDate(options.to)}`,
    from: options.from,
    to: options.to,
    groupBy: options.groupBy,
    rows: [...rows.values()].sort((a, b) => a.group.localeCompare(b.group)),
    totals,
  };
}

/** The column headers in Vietnamese, in the order of `tableRows`. */
export const summaryHeaders = [
  'Nhóm',
  'Số đoàn',
  'Số thành viên',
  'Số cuộc làm việc',
  'Kiểm tra: đủ điều kiện',
  'Kiểm tra: chờ văn bản cho phép',
  'Kiểm tra: cần Ban Giám đốc quyết định',
  'Kiểm tra: chưa đủ điều kiện',
  'Đang chờ quyết định',
  'Đã phê duyệt',
  'Không phê duyệt',
  'Đã hủy',
  'Đã kết thúc',
  'Đã báo cáo kết quả',
  'Báo cáo sau chuyến thăm quá hạn',
];

export const tableRows = (summary: Summary): (string | number)[][] =>
  [...summary.rows, summary.totals].map((row) => [
    row.label,
    row.delegations,
    row.members,
    row.meetings,
    row.cleared,
    row.awaitingPermits,
    row.approvalRequired,
    row.blocked,
    row.awaitingDecision,
    row.approved,
    row.rejected,
    row.cancelled,
    row.completed,
    row.reported,
    row.overdueReports,
  ]);

/** The yearly list of international conferences (Quyết định 06/2020/QĐ-TTg, Điều 8). */
export const conferenceHeaders = [
  'Hội nghị, hội thảo',
  'Đối tác',
  'Quốc gia',
  'Ngày tổ chức',
  'Thẩm quyền cho phép',
  'Trạng thái đoàn',
];

export function conferenceRows(
  delegations: readonly Delegation[],
  authorityOf: (delegation: Delegation) => string,
): string[][] {
  return delegations.flatMap((delegation) =>
    delegation.activities
      .filter((activity) => activity.type === 'conference')
      .map((conference) => [
        conference.title ?? delegation.purpose,
        partnerName(delegation),
        countryName(delegation.partner.country),
        formatVietnameseDate(localDateOf(conference.startsAt ?? delegation.visit.arrival)),
        authorityOf(delegation),
        statusNameOf(delegation),
      ]),
  );
}
