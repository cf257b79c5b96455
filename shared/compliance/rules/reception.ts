import { formatVietnameseDate as d } from '../calendar';
import { gradeNames, rateSetFor } from '../grade';
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
            message: `Thông báo: Sở Khoa học và Công nghệ dự kiến đón đoàn cấp cao từ ngày ${d(context.arrivalDate)}; văn bản đề nghị kèm danh sách khách sẽ được gửi theo đường công văn.`,
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

/** Thông tư 35/2026/TT-BTC replaced 71/2018 for visits ending from 18/05/2026 (its Điều 35). */
const GIFT_RULES = [
  { from: '2018-11-01', to: '2026-05-17', citation: 'Thông tư số 71/2018/TT-BTC' },
  { from: '2026-05-18', citation: 'khoản 2 Điều 12 Thông tư số 35/2026/TT-BTC' },
] as const;

export const gifts: RuleDefinition = {
  id: 'GIFTS',
  title: { vi: 'Quà tặng đoàn', en: 'Gifts for the guests' },
  citation: GIFT_RULES[1].citation,
  versions: GIFT_RULES,
  provenance: 'Thông tư 35/2026/TT-BTC read in full (December 2026 review)',
  verified: true,
  inForce: { from: '2018-11-01' },
  parameters: ['grades', 'receptionRates'],
  appliesTo: (context) => context.delegation.giftsPlanned,
  evaluate(context) {
    const rates = rateSetFor(context.params.receptionRates, context.departureDate);
    const special = context.delegation.hospitality?.specialGifts;
    const headCap =
      context.grade === 'A' ? rates.gifts?.headA : context.grade === 'B' ? rates.gifts?.headB : undefined;
    const citation =
      context.departureDate < GIFT_RULES[1].from ? GIFT_RULES[0].citation : GIFT_RULES[1].citation;
    const caps = rates.gifts
      ? (headCap
          ? `Mức chi quà tặng trưởng đoàn (${gradeNames[context.grade]}): tối đa ${formatVnd(headCap)}. `
          : `Với ${gradeNames[context.grade]}, trưởng đoàn không thuộc diện tặng quà theo định mức. `) +
        `Thành viên đoàn và khách khác chỉ được tặng quà trong trường hợp đặc biệt do Giám đốc Sở quyết định, tối đa ${formatVnd(rates.gifts.specialCase)}/người.`
      : '';
    return [
      {
        severity: 'info',
        citation,
        message:
          `Quà tặng phải là sản phẩm sản xuất tại Việt Nam, mang bản sắc văn hóa dân tộc. ${caps}` +
          (special
            ? ` Trường hợp đặc biệt đã đề xuất: ${special.recipients} người; lý do: ${special.reason.trim().replace(/[.\s]+$/, '')}.`
            : ''),
      },
    ];
  },
};
