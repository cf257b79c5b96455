import { formatVietnameseDate as d } from '../calendar';
import { gradeNames } from '../grade';
import type { RuleContext, RuleDefinition } from '../rule';
import { deadline } from '../rule';
import { formatVnd } from '../text';

export const isHighLevel = (context: RuleContext): boolean =>
  context.delegation.members.some((member) => context.params.highLevelRanks.includes(member.rank)) ||
  context.delegation.activities.some((activity) => activity.type === 'reception_by_provincial_leaders');

export const highLevelReception: RuleDefinition = {
  id: 'HIGH_LEVEL_RECEPTION',
  title: {
    vi: 'Đón khách cấp cao, lãnh đạo tỉnh tiếp khách',
    en: 'High-level guests or reception by provincial leaders',
  },
  citation: 'Thông tư số 05/2017/TT-BNG; Điều 30 Nghị định số 18/2022/NĐ-CP (thời hạn chưa xác minh)',
  provenance: 'Bắc Giang practice for the 5 working days (unverified for Hưng Yên)',
  verified: false,
  inForce: { from: '2017-08-01' },
  parameters: ['highLevelReceptionWorkingDays', 'highLevelRanks'],
  appliesTo: isHighLevel,
  evaluate(context) {
    const days = context.params.highLevelReceptionWorkingDays;
    const due = deadline(context, context.calendar.workingDaysBefore(context.arrivalDate, days));
    return [
      {
        severity: due.overdue ? 'approval_required' : 'action_required',
        ...due,
        notices: [
          {
            agency: 'foreign-affairs',
            message: `Thông báo: Sở Khoa học và Công nghệ dự kiến đón đoàn cấp cao từ ngày ${d(context.arrivalDate)}; văn bản đề nghị kèm danh sách khách sẽ được gửi theo đường công văn chậm nhất ngày ${d(due.dueDate)}.`,
          },
        ],
        message:
          `Gửi văn bản đề nghị tới ${context.agencyName('foreign-affairs')} chậm nhất ngày ${d(due.dueDate)} (${days} ngày làm việc ` +
          'trước ngày đoàn đến), kèm họ tên, chức danh, quốc tịch và số hộ chiếu của từng khách; ' +
          'nguyên tắc "khách của cơ quan nào, cơ quan đó chủ trì đón tiếp".' +
          (due.overdue ? ' Hạn đã qua khi nhận đề nghị.' : ''),
      },
    ];
  },
};

const missingFieldNames = {
  nationality: 'quốc tịch',
  passportNumber: 'số hộ chiếu',
  title: 'chức danh',
} as const;

export const memberData: RuleDefinition = {
  id: 'MEMBER_DATA',
  title: { vi: 'Thông tin thành viên đoàn', en: 'Completeness of member data' },
  citation:
    'Thông tư số 05/2017/TT-BNG; Quyết định số 160/2004/QĐ-TTg (thông tin khách khi lãnh đạo tỉnh tiếp và khi vào khu vực cấm; yêu cầu với khách được lãnh đạo tỉnh tiếp chưa xác minh)',
  // As verified as the rules it follows from: HIGH_LEVEL_RECEPTION's requirements are not.
  provenance: 'follows from HIGH_LEVEL_RECEPTION (unverified) and RESTRICTED_AREA',
  verified: false,
  inForce: { from: '2017-08-01' },
  parameters: [],
  appliesTo: () => true,
  evaluate(context) {
    const gaps = context.delegation.members
      .map((member) => ({
        member,
        missing: (Object.keys(missingFieldNames) as (keyof typeof missingFieldNames)[]).filter(
          (field) => !member[field],
        ),
      }))
      .filter((gap) => gap.missing.length > 0);
    if (gaps.length === 0) return [];
    // Incomplete data blocks only where a rule needs it, and the message says which.
    const reasons = [
      isHighLevel(context) ? 'đoàn có khách cấp cao hoặc được lãnh đạo tỉnh tiếp' : '',
      context.delegation.itinerary.some((place) => place.restrictedArea) ? 'đoàn vào khu vực cấm' : '',
      context.delegation.activities.some((activity) => activity.type === 'conference')
        ? 'đoàn dự hội nghị, hội thảo quốc tế'
        : '',
    ].filter(Boolean);
    const strict = reasons.length > 0;
    const list = gaps
      .map(
        ({ member, missing }) =>
          `${member.fullName} (thiếu ${missing.map((field) => missingFieldNames[field]).join(', ')})`,
      )
      .join('; ');
    return [
      {
        severity: strict ? 'blocking' : 'action_required',
        dueDate: strict
          ? undefined
          : context.calendar.workingDaysBefore(context.arrivalDate, context.params.leadTimeWorkingDays),
        message: `Bổ sung thông tin thành viên: ${list}.${strict ? ` Bắt buộc vì ${reasons.join('; ')}.` : ''}`,
      },
    ];
  },
};

export const gifts: RuleDefinition = {
  id: 'GIFTS',
  title: { vi: 'Quà tặng đoàn', en: 'Gifts for the guests' },
  citation: 'Thông tư số 71/2018/TT-BTC; mức quà tặng theo Thông tư số 35/2026/TT-BTC (chưa xác minh)',
  provenance: '35/2026/TT-BTC unverified',
  verified: false,
  inForce: { from: '2018-11-01' },
  parameters: ['grades', 'memberGiftCapVnd'],
  appliesTo: (context) => context.delegation.giftsPlanned,
  evaluate(context) {
    const cap = context.params.grades[context.grade]?.giftCapVnd;
    const members = context.params.memberGiftCapVnd;
    return [
      {
        severity: 'info',
        message:
          'Quà tặng phải là sản phẩm sản xuất tại Việt Nam, mang bản sắc văn hóa dân tộc' +
          (cap ? `; mức tối đa cho trưởng đoàn (${gradeNames[context.grade]}): ${formatVnd(cap)}` : '') +
          `; cho mỗi thành viên: ${formatVnd(members)}.`,
      },
    ];
  },
};
