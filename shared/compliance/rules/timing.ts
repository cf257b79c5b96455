import { formatVietnameseDate as d } from '../calendar';
import { deadline, type RuleDefinition } from '../rule';

export const leadTime: RuleDefinition = {
  id: 'LEAD_TIME',
  title: { vi: 'Thời hạn gửi đề nghị đón đoàn', en: 'Lead time of the visit request' },
  citation: 'Thực tiễn tiếp nhận đề nghị đón khách nước ngoài của tỉnh (thời hạn chưa xác minh)',
  provenance:
    'provincial practice (Bắc Giang procedure for receptions by provincial leaders); Hưng Yên figure unverified',
  verified: false,
  inForce: { from: '2019-10-18' },
  parameters: ['leadTimeWorkingDays'],
  appliesTo: () => true,
  evaluate(context) {
    const days = context.params.leadTimeWorkingDays;
    const due = deadline(context, context.calendar.workingDaysBefore(context.arrivalDate, days));
    if (!due.overdue) return [];
    return [
      {
        severity: 'approval_required',
        ...due,
        approvals: [
          {
            authority: 'leadership',
            what: 'Chấp nhận đề nghị đón đoàn gửi muộn',
            dueDate: context.arrivalDate,
          },
        ],
        message:
          `Đề nghị đến Văn phòng Sở ngày ${d(context.receivedOn)}, sau hạn ${d(due.dueDate)} ` +
          `(${days} ngày làm việc trước ngày đoàn đến ${d(context.arrivalDate)}). ` +
          'Ban Giám đốc quyết định có chấp nhận đề nghị gửi muộn hay không.',
      },
    ];
  },
};

export const guestListToPolice: RuleDefinition = {
  id: 'GUEST_LIST_TO_POLICE',
  title: { vi: 'Gửi danh sách khách cho Công an tỉnh', en: 'Guest list to the provincial police' },
  citation: 'Thực tiễn phối hợp quản lý người nước ngoài với Công an tỉnh (thời hạn chưa xác minh)',
  provenance: 'university practice (Nha Trang), unverified',
  verified: false,
  inForce: { from: '2019-10-18' },
  parameters: ['guestListDaysBeforeArrival'],
  appliesTo: () => true,
  evaluate(context) {
    const due = deadline(
      context,
      context.calendar.daysBefore(context.arrivalDate, context.params.guestListDaysBeforeArrival),
    );
    return [
      {
        severity: 'action_required',
        ...due,
        // The guest list itself is what the police and the foreign-affairs body receive (its own email).
        message:
          `${due.overdue ? 'Gửi ngay' : `Chậm nhất ngày ${d(due.dueDate)}, gửi`} danh sách khách (họ tên, quốc tịch, ` +
          `số hộ chiếu, lịch trình) của ${context.delegation.members.length} thành viên cho ${context.agencyName('police')} và ` +
          `${context.agencyName('foreign-affairs')}; hệ thống tự gửi khi đoàn đủ điều kiện và có đủ giấy phép.`,
      },
    ];
  },
};

export const accommodationDeclaration: RuleDefinition = {
  id: 'ACCOMMODATION_DECLARATION',
  title: { vi: 'Khai báo tạm trú cho khách nước ngoài', en: 'Accommodation declaration for foreign guests' },
  citation: 'Điều 33, điểm d khoản 2 Điều 45 Luật số 47/2014/QH13 (sửa đổi, bổ sung năm 2023)',
  provenance: 'regulations reference, verified',
  verified: true,
  inForce: { from: '2015-01-01' },
  parameters: ['accommodationDeclarationHours'],
  appliesTo: (context) => context.delegation.itinerary.some((place) => place.overnightStay),
  evaluate(context) {
    const places = context.delegation.itinerary
      .filter((place) => place.overnightStay)
      .map((place) => place.name);
    return [
      {
        severity: 'action_required',
        dueDate: context.arrivalDate,
        notices: [
          {
            agency: 'host-unit',
            message: `Đoàn lưu trú qua đêm tại: ${places.join('; ')}. Đề nghị ${context.agencyName('host-unit')} phối hợp với cơ sở lưu trú khai báo tạm trú cho khách với Công an cấp xã trong vòng ${context.params.accommodationDeclarationHours} giờ.`,
          },
        ],
        message:
          `Đoàn lưu trú qua đêm tại: ${places.join('; ')}. Đơn vị chủ trì phối hợp với cơ sở lưu trú để khai báo ` +
          `tạm trú cho khách nước ngoài với Công an cấp xã trong vòng ${context.params.accommodationDeclarationHours} giờ ` +
          '(24 giờ ở vùng sâu, vùng xa); hoạt động của khách phải đúng mục đích nhập cảnh.',
      },
    ];
  },
};

export const postVisitReport: RuleDefinition = {
  id: 'POST_VISIT_REPORT',
  title: { vi: 'Báo cáo kết quả sau chuyến thăm', en: 'Post-visit report' },
  citation:
    'Thực tiễn báo cáo kết quả đón đoàn (thời hạn chưa xác minh); với hội nghị, hội thảo quốc tế: điểm c khoản 2 Điều 4 Quyết định số 06/2020/QĐ-TTg',
  provenance:
    '3 days: university practice, unverified; 15 days for conferences: Quyết định 06/2020/QĐ-TTg, Điều 4.2c',
  verified: false,
  inForce: { from: '2020-04-15' },
  parameters: ['postVisitReportDays', 'postConferenceReportDays'],
  appliesTo: () => true,
  evaluate(context) {
    const conference = context.delegation.activities.some((activity) => activity.type === 'conference');
    const days = conference ? context.params.postConferenceReportDays : context.params.postVisitReportDays;
    return [
      {
        severity: 'action_required',
        dueDate: context.calendar.daysAfter(context.departureDate, days),
        notices: [
          {
            agency: 'host-unit',
            message: `Đề nghị ${context.agencyName('host-unit')} báo cáo kết quả đón đoàn trong vòng ${days} ngày sau khi đoàn rời đi.`,
          },
        ],
        message: `Phòng chủ trì báo cáo kết quả đón đoàn trong vòng ${days} ngày sau khi đoàn rời đi (hạn ${d(context.calendar.daysAfter(context.departureDate, days))}).`,
      },
    ];
  },
};
