/** The names an official reads for the API's codes; the tables live with the backend's data. */
export { statusNames } from '../../shared/domain/status-names';

import { authorityNames } from '../../shared/domain/vietnamese-names';

export { awaitsPermits, statusNameOf } from '../../shared/domain/status-names';
export {
  activityTypeNames,
  actorName,
  approvalKindNames,
  authorityNames,
  costSharingNames,
  entryDocumentNames,
  memberRankNames,
  memberRoleNames,
  officialPositionNames,
  organisedEventKindNames,
  partnerTypeNames,
  sexNames,
} from '../../shared/domain/vietnamese-names';

export const roleNames = {
  office: 'Văn phòng',
  leadership: 'Lãnh đạo Sở',
  admin: 'Quản trị',
  'information-centre': 'Trung tâm Thông tin',
} as const;

/** Tag colours dark enough for white text to meet WCAG AA contrast. */
export const tagColors = {
  red: '#a8071a',
  orange: '#ad4e00',
  gold: '#7c5800',
  green: '#1e6b34',
  blue: '#0b4f9c',
  cyan: '#006d75',
  purple: '#531dab',
  grey: '#595959',
} as const;

export const severityColors = {
  blocking: tagColors.red,
  approval_required: tagColors.orange,
  action_required: tagColors.gold,
  info: tagColors.blue,
} as const;

export const statusColors: Record<string, string> = {
  registered: tagColors.grey,
  under_review: tagColors.blue,
  cleared: tagColors.green,
  approval_required: tagColors.orange,
  blocked: tagColors.red,
  approved: tagColors.green,
  rejected: tagColors.red,
  scheduled: tagColors.cyan,
  in_progress: tagColors.blue,
  completed: tagColors.purple,
  reported: tagColors.grey,
  cancelled: tagColors.grey,
};

export const notificationStatusNames: Record<string, string> = {
  sending: 'Đang gửi',
  sent: 'Đã gửi',
  failed: 'Không gửi được',
  suppressed: 'Không gửi',
  retry: 'Sẽ gửi lại',
  unconfirmed: 'Chưa xác nhận',
  bounced: 'Bị trả lại',
};

/** Timeline entries by event name. */
export const eventNames: Record<string, string> = {
  'Delegation.Registered': 'Tiếp nhận hồ sơ đoàn',
  'Delegation.Updated': 'Sửa hồ sơ',
  'Delegation.ApprovalRecorded': 'Ghi nhận văn bản cho phép',
  'Delegation.RecheckRequested': 'Kiểm tra lại (lịch nghỉ thay đổi)',
  'Delegation.ComplianceChecked': 'Kiểm tra quy định',
  'Delegation.Approved': 'Lãnh đạo đồng ý',
  'Delegation.Rejected': 'Lãnh đạo không đồng ý',
  'Delegation.Cancelled': 'Hủy chuyến thăm',
  'Meeting.Scheduled': 'Đặt lịch họp',
  'Meeting.Rescheduled': 'Đổi lịch họp',
  'Meeting.Cancelled': 'Hủy lịch họp',
  'Meeting.SecrecyApproved': 'Đồng ý cung cấp thông tin mật',
  'Visit.Started': 'Đoàn bắt đầu làm việc',
  'Attachment.Added': 'Thêm tệp vào hồ sơ',
  'Attachment.Deleted': 'Xóa tệp khỏi hồ sơ',
  'Delegation.PersonalDataErased': 'Xóa dữ liệu cá nhân khi hết thời hạn lưu giữ theo quy định của Sở',
  'Visit.Completed': 'Đoàn kết thúc chuyến thăm',
  'VisitReport.Submitted': 'Nộp báo cáo kết quả',
  'VisitReport.Overdue': 'Quá hạn báo cáo kết quả',
  'Decision.Pending': 'Đang chờ lãnh đạo quyết định',
  'News.Submitted': 'Trình lãnh đạo duyệt tin bài',
  'News.Approved': 'Lãnh đạo duyệt tin bài',
  'News.Returned': 'Lãnh đạo trả lại tin bài để chỉnh sửa',
  'News.Published': 'Đăng tin bài trên Cổng thông tin điện tử của Sở',
};

/** Who decides a required approval: an outside authority, or the Department's own leadership. */
export const authorityName = (key: string) =>
  key === 'leadership' ? 'Lãnh đạo Sở' : (authorityNames[key as keyof typeof authorityNames] ?? key);
