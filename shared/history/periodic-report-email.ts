import { formatVietnameseDate } from '../compliance/calendar';
import type { Block } from '../notifications/blocks';
import type { Summary } from './summary';
import { conferenceHeaders } from './summary';

/** The yearly list of international conferences, for the Office's report to the Provincial People's Committee. */
export function conferenceReportEmail(
  period: { label: string },
  rows: string[][],
  dueDate: string,
): { subject: string; blocks: Block[] } {
  return {
    subject: `Tổng hợp hội nghị, hội thảo quốc tế ${period.label} (báo cáo trước ngày ${formatVietnameseDate(dueDate)})`,
    blocks: [
      {
        kind: 'paragraph',
        text: `Danh sách ${rows.length} hội nghị, hội thảo quốc tế ${period.label} để Văn phòng Sở tổng hợp báo cáo UBND tỉnh.`,
      },
      { kind: 'table', headers: conferenceHeaders, rows },
    ],
  };
}

/** The quarterly or yearly summary of visits, for leadership. */
export function summaryReportEmail(
  period: { label: string },
  summary: Summary,
): { subject: string; blocks: Block[] } {
  const { totals } = summary;
  return {
    subject: `Báo cáo tổng hợp đoàn vào ${period.label}`,
    blocks: [
      { kind: 'paragraph', text: summary.title },
      {
        kind: 'list',
        items: [
          `Số đoàn: ${totals.delegations}; số thành viên: ${totals.members}; số cuộc làm việc: ${totals.meetings}`,
          `Đã phê duyệt: ${totals.approved}; không phê duyệt: ${totals.rejected}; đang chờ quyết định: ${totals.awaitingDecision}`,
          `Đã kết thúc: ${totals.completed}; đã báo cáo kết quả: ${totals.reported}; đã hủy: ${totals.cancelled}; báo cáo sau chuyến thăm quá hạn: ${totals.overdueReports}`,
        ],
      },
      {
        kind: 'paragraph',
        text: 'Tệp Excel đính kèm gồm hai trang: "Tổng hợp" (số liệu theo từng nhóm) và "Danh sách đoàn" (từng đoàn, trưởng đoàn, thời gian, đơn vị chủ trì, trạng thái và kết quả).',
      },
    ],
  };
}
