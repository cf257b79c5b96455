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

/**
 * A visit's status as a person should read it: a cleared visit still waiting for a permission from
 * an outside authority says so instead of "Đủ điều kiện".
 */
export function statusNameOf(visit: Parameters<typeof awaitsPermits>[0]): string {
  return awaitsPermits(visit) ? 'Chờ văn bản cho phép' : statusNames[visit.status];
}

/** Cleared by the check, but a permission from an outside authority is still missing. */
export const awaitsPermits = (visit: {
  status: DelegationStatus;
  compliance?: { outcome?: string } | undefined;
}) => visit.status === 'cleared' && visit.compliance?.outcome === 'awaiting_permits';
