import type { DelegationStatus } from './status';

/** Each lifecycle status as an official reads it. */
export const statusNames: Record<DelegationStatus, string> = {
  registered: 'Mới tiếp nhận',
  under_review: 'Đang kiểm tra',
  cleared: 'Đủ điều kiện',
  approval_required: 'Chờ Ban Giám đốc quyết định',
  blocked: 'Chưa đủ điều kiện',
  approved: 'Đã phê duyệt',
  rejected: 'Không phê duyệt',
  scheduled: 'Đã xếp lịch làm việc',
  in_progress: 'Đang làm việc',
  completed: 'Đã kết thúc chuyến thăm',
  reported: 'Đã báo cáo kết quả',
  cancelled: 'Đã hủy',
};
