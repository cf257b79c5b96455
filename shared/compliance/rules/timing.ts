import type { Delegation } from '../../domain/delegation';
import { foreignersOf } from '../../domain/foreigners';
import { formatVietnameseDate as d, type LocalDate } from '../calendar';
import type { RuleOutcome } from '../finding';
import { deadline, type RuleContext, type RuleDefinition } from '../rule';

type Member = Delegation['members'][number];

/** What a police list carries besides name, nationality and passport number (practice). */
const listDetails = {
  sex: 'giới tính',
  dateOfBirth: 'ngày sinh',
  passportExpiresOn: 'ngày hết hạn hộ chiếu',
  entry: 'thị thực hoặc giấy tờ nhập cảnh',
} as const;

/** The day six months after `date`: a passport must stay valid that long after entry. */
const sixMonthsAfter = (date: LocalDate): LocalDate => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + month - 1 + 6;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** The listed members whose details for the police list are missing, and passports too close to expiry. */
function listGaps(context: RuleContext, dueDate: LocalDate): RuleOutcome[] {
  const missing = (member: Member) =>
    (Object.keys(listDetails) as (keyof typeof listDetails)[]).filter((field) => !member[field]);
  const listed = foreignersOf(context.delegation.members);
  const gaps = listed.filter((member) => missing(member).length > 0);
  const expiring = listed.filter(
    (member) => member.passportExpiresOn && member.passportExpiresOn < sixMonthsAfter(context.arrivalDate),
  );
  const outcomes: RuleOutcome[] = [];
  if (gaps.length)
    outcomes.push({
      severity: 'action_required',
      dueDate,
      summary: 'Bổ sung thông tin khách cho danh sách gửi Công an tỉnh',
      message:
        'Danh sách gửi Công an còn thiếu: ' +
        gaps
          .map(
            (member) =>
              `${member.fullName} (${missing(member)
                .map((f) => listDetails[f])
                .join(', ')})`,
          )
          .join('; ') +
        '. Văn phòng Sở đề nghị đối tác cung cấp và bổ sung vào hồ sơ đoàn trước khi gửi danh sách.',
    });
  if (expiring.length)
    outcomes.push({
      severity: 'action_required',
      dueDate,
      citation: 'khoản 1 Điều 20 Luật số 47/2014/QH13 (sửa đổi, bổ sung năm 2019) (chưa xác minh)',
      summary: 'Kiểm tra thời hạn hộ chiếu của khách',
      message: `Hộ chiếu còn giá trị dưới 06 tháng kể từ ngày nhập cảnh: ${expiring
        .map((member) => `${member.fullName} (hết hạn ${d(member.passportExpiresOn as LocalDate)})`)
        .join('; ')}. Đề nghị đối tác kiểm tra điều kiện nhập cảnh của khách.`,
    });
  return outcomes;
}

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
  // The list names the foreigners: a delegation of Vietnamese passport holders (overseas Vietnamese) has none to send.
  appliesTo: (context) => foreignersOf(context.delegation.members).length > 0,
  evaluate(context) {
    const due = deadline(
      context,
      context.calendar.daysBefore(context.arrivalDate, context.params.guestListDaysBeforeArrival),
    );
    const { members } = context.delegation;
    const listed = foreignersOf(members).length;
    const who =
      listed === members.length
        ? `${members.length} thành viên`
        : `${listed} thành viên quốc tịch nước ngoài (thành viên quốc tịch Việt Nam không có trong danh sách)`;
    return [
      {
        severity: 'action_required',
        ...due,
        // The email is advance information (sent once the visit is cleared and every permit is in);
        // the signed letter is the formal notice.
        message:
          `${due.overdue ? 'Gửi ngay' : `Chậm nhất ngày ${d(due.dueDate)}, gửi`} công văn thông báo danh sách khách ` +
          `(họ tên, giới tính, ngày sinh, quốc tịch, hộ chiếu, thị thực, lịch trình) của ${who} ` +
          `cho ${context.agencyName('police')} và ${context.agencyName('foreign-affairs')}; thư thông tin trước ` +
          'được gửi tự động khi đoàn đủ điều kiện và có đủ giấy phép.',
      },
      ...listGaps(context, due.dueDate),
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
