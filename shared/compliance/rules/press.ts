import type { Delegation } from '../../domain/delegation';
import { formatVietnameseDate as d, localDateOf } from '../calendar';
import { permissionOutcome } from '../permission';
import { deadline, type RuleContext, type RuleDefinition } from '../rule';

type Member = Delegation['members'][number];

/** Journalists: members marked so, and for a press partner everyone but interpreters and security staff. */
const journalistsOf = (context: RuleContext): Member[] =>
  context.delegation.members.filter(
    (member) =>
      member.role === 'journalist' ||
      (context.delegation.partner.type === 'press' &&
        member.role !== 'interpreter' &&
        member.role !== 'security'),
  );

/**
 * Luật Báo chí 2025 (Luật số 126/2025/QH15) is in force from 01/07/2026; whether Nghị định
 * 88/2012/NĐ-CP still governs foreign press under it is unverified, so both are named from then on.
 */
const PRESS_LAWS = [
  { from: '2012-12-20', to: '2026-06-30', citation: 'khoản 1 Điều 4 Nghị định số 88/2012/NĐ-CP' },
  {
    from: '2026-07-01',
    citation:
      'khoản 1 Điều 4 Nghị định số 88/2012/NĐ-CP; Luật Báo chí năm 2025 (Luật số 126/2025/QH15) (văn bản hướng dẫn hoạt động của báo chí nước ngoài theo Luật này chưa xác minh)',
  },
] as const;
const pressLawOn = (date: string) => (date < PRESS_LAWS[1].from ? PRESS_LAWS[0] : PRESS_LAWS[1]);

export const pressPermit: RuleDefinition = {
  id: 'PRESS_PERMIT',
  title: {
    vi: 'Giấy phép hoạt động báo chí của phóng viên nước ngoài',
    en: 'Press permit for foreign journalists',
  },
  citation: PRESS_LAWS[1].citation,
  versions: PRESS_LAWS,
  provenance:
    'Nghị định 88/2012 Điều 4.1 verified November 2026; Luật Báo chí 2025 in force 01/07/2026, what replaces 88/2012 unverified',
  verified: true,
  inForce: { from: '2012-12-20' },
  parameters: ['pressPermitWorkingDays'],
  appliesTo: (context) => journalistsOf(context).length > 0,
  evaluate(context) {
    const missing = journalistsOf(context).filter((member) => !member.pressPermitNumber);
    if (missing.length === 0) return [];
    const days = context.params.pressPermitWorkingDays;
    const names = missing.map((member) => member.fullName).join(', ');
    return [
      permissionOutcome(context, {
        kind: 'press-permit',
        authorities: ['mofa'],
        what: `Giấy phép hoạt động báo chí của ${context.agencyName('mofa')}`,
        applyBy: context.calendar.workingDaysBefore(context.arrivalDate, days),
        neededBy: context.arrivalDate,
        citation: pressLawOn(context.arrivalDate).citation,
        // The foreign press organisation (or the Vietnamese body that invites it) files, not the Department.
        task:
          `Phóng viên chưa có giấy phép hoạt động báo chí của ${context.agencyName('mofa')}: ${names}. ` +
          `Cơ quan báo chí nước ngoài (hoặc cơ quan, tổ chức Việt Nam mời phóng viên) nộp hồ sơ trước khi nhập cảnh ` +
          `ít nhất ${days} ngày làm việc; Sở không phải bên nộp hồ sơ. Văn phòng Sở đề nghị đối tác hoàn thành thủ tục ` +
          'và ghi số giấy phép vào hồ sơ đoàn.',
        notices: [
          {
            agency: 'foreign-affairs',
            message: `Thông báo: đoàn có phóng viên nước ngoài tác nghiệp tại tỉnh từ ngày ${d(context.arrivalDate)}: ${names} (giấy phép hoạt động báo chí đang chờ cấp).`,
          },
        ],
        lateDecision: 'Ban Giám đốc quyết định việc tiếp phóng viên khi chưa có giấy phép.',
      }),
    ];
  },
};

export const pressConference: RuleDefinition = {
  id: 'PRESS_CONFERENCE',
  title: { vi: 'Họp báo của đoàn tại tỉnh', en: 'Press conference held in the province' },
  citation: 'khoản 2 Điều 18 Nghị định số 88/2012/NĐ-CP',
  provenance: 'verified November 2026 (Điều 18.2); provincial procedure pages under the 2016 Press Law',
  verified: true,
  inForce: { from: '2012-12-20' },
  parameters: ['pressConferenceWorkingDays'],
  appliesTo: (context) =>
    context.delegation.activities.some((activity) => activity.type === 'press_conference'),
  evaluate(context) {
    const diplomatic = context.delegation.partner.type === 'diplomatic_mission';
    return context.delegation.activities
      .filter((activity) => activity.type === 'press_conference')
      .map((activity) => {
        const day = activity.startsAt ? localDateOf(activity.startsAt) : context.arrivalDate;
        const due = deadline(
          context,
          context.calendar.workingDaysBefore(day, context.params.pressConferenceWorkingDays),
        );
        return {
          severity: due.overdue ? ('approval_required' as const) : ('action_required' as const),
          ...due,
          message:
            `Họp báo ngày ${d(day)}: gửi văn bản thông báo tới ${context.agencyName('provincial-committee')} chậm nhất ngày ${d(due.dueDate)}` +
            `${diplomatic ? `, đồng gửi ${context.agencyName('mofa')} (cơ quan đại diện ngoại giao)` : ''}.`,
        };
      });
  },
};
