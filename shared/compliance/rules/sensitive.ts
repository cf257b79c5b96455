import { chairmanOf } from '../../domain/agencies';
import type { SecrecyLevel } from '../../domain/meeting';
import { formatVietnameseDate as d, formatVietnamesePeriod, localDateOf } from '../calendar';
import type { RuleOutcome } from '../finding';
import { permissionOutcome } from '../permission';
import type { SensitiveCategory } from '../profile';
import type { RuleContext, RuleDefinition } from '../rule';

const categoryNames: Record<SensitiveCategory, string> = {
  religion: 'tôn giáo, tín ngưỡng',
  human_rights: 'nhân quyền',
  ethnic_groups: 'dân tộc',
  sovereignty_borders: 'chủ quyền, biên giới',
  defence_security: 'quốc phòng, an ninh',
  state_secrets: 'bí mật nhà nước',
};

const topicCategories: SensitiveCategory[] = [
  'religion',
  'human_rights',
  'ethnic_groups',
  'sovereignty_borders',
  'defence_security',
];

export const sensitiveTopic: RuleDefinition = {
  id: 'SENSITIVE_TOPIC',
  title: { vi: 'Nội dung làm việc nhạy cảm', en: 'Sensitive topics' },
  citation:
    'Quyết định số 1755-QĐ/TU ngày 18/10/2019 của Tỉnh ủy (điều khoản chưa xác minh); Kế hoạch thông tin đối ngoại lĩnh vực KH&CN năm 2024 của Sở, mục II.1 và II.2.đ',
  provenance: 'seed plan (II.1, II.2.đ); Quyết định 1755-QĐ/TU (articles unverified)',
  verified: false,
  inForce: { from: '2019-10-18' },
  parameters: ['sensitiveKeywords', 'leadTimeWorkingDays'],
  noPublicity: true,
  appliesTo: (context) => topicCategories.some((category) => context.sensitive[category]),
  evaluate(context) {
    const found = topicCategories.filter((category) => context.sensitive[category]);
    const words = found.flatMap((category) => context.sensitive[category] ?? []);
    const topics = found.map((category) => categoryNames[category]).join('; ');
    const applyBy = context.calendar.workingDaysBefore(
      context.arrivalDate,
      context.params.leadTimeWorkingDays,
    );
    return [
      permissionOutcome(context, {
        kind: 'content-approval',
        authorities: ['provincial-committee'],
        what: 'Chủ tịch UBND tỉnh đồng ý nội dung làm việc',
        applyBy,
        neededBy: context.arrivalDate,
        task:
          `Nội dung làm việc liên quan đến ${topics} (từ khóa: ${words.join(', ')}). Văn phòng Sở trình ` +
          `${chairmanOf(context.agencyName('provincial-committee'))} bằng văn bản, xin ý kiến ${context.agencyName('police')}, ` +
          `chậm nhất ngày ${d(applyBy)}; không đưa tin về chuyến thăm.`,
        notices: [
          {
            agency: 'police',
            message: `Chuyến thăm có nội dung liên quan đến ${topics}, ${formatVietnamesePeriod(context.arrivalDate, context.departureDate)}. Sở Khoa học và Công nghệ sẽ gửi văn bản xin ý kiến theo đường công văn.`,
          },
          {
            agency: 'party-external',
            message: `Thông báo: chuyến thăm có nội dung liên quan đến ${topics}, ${formatVietnamesePeriod(context.arrivalDate, context.departureDate)}.`,
          },
        ],
        lateDecision: 'Ban Giám đốc quyết định lùi chuyến thăm hoặc điều chỉnh nội dung làm việc.',
      }),
    ];
  },
};

export const religiousActivity: RuleDefinition = {
  id: 'RELIGIOUS_ACTIVITY',
  title: { vi: 'Hoạt động tôn giáo của đoàn', en: 'Religious activity during the visit' },
  citation: 'Điều 48 Luật Tín ngưỡng, tôn giáo năm 2016',
  provenance: 'Điều 48.1 verified November 2026',
  verified: true,
  inForce: { from: '2018-01-01' },
  parameters: ['religiousAnswerDays', 'religiousAnswerDaysCentral'],
  appliesTo: (context) =>
    context.delegation.activities.some((activity) => activity.type === 'religious_activity'),
  evaluate(context) {
    const first = context.delegation.activities.find((activity) => activity.type === 'religious_activity');
    // Điều 48: the central body answers when the activity spans several provinces, whoever the partner is.
    const central = context.delegation.activities.some(
      (activity) => activity.type === 'religious_activity' && activity.acrossProvinces,
    );
    const days = central ? context.params.religiousAnswerDaysCentral : context.params.religiousAnswerDays;
    const starts = first?.startsAt ? localDateOf(first.startsAt) : context.arrivalDate;
    const applyBy = context.calendar.daysBefore(starts, days);
    const body = central
      ? 'cơ quan quản lý nhà nước về tín ngưỡng, tôn giáo ở trung ương'
      : context.agencyName('religious-affairs');
    return [
      permissionOutcome(context, {
        kind: 'religious-acceptance',
        authorities: [central ? 'central-religious-affairs' : 'religious-affairs', 'provincial-committee'],
        subject: first?.title,
        what: 'Văn bản chấp thuận hoạt động tôn giáo của đoàn',
        applyBy,
        neededBy: starts,
        // Điều 48.1: the inviting religious organisation applies; the Department records the answer.
        task:
          `Đoàn có hoạt động tôn giáo ngày ${d(starts)}: tổ chức tôn giáo mời đoàn nộp hồ sơ đề nghị tới ${body} ` +
          `chậm nhất ngày ${d(applyBy)} (thời hạn trả lời ${days} ngày); Văn phòng Sở theo dõi và ghi nhận văn bản chấp thuận.`,
        notices: central
          ? []
          : [
              {
                agency: 'religious-affairs',
                message: `Thông báo để phối hợp quản lý: đoàn có hoạt động tôn giáo tại tỉnh ngày ${d(starts)}; tổ chức tôn giáo mời đoàn là bên nộp hồ sơ đề nghị.`,
              },
            ],
        lateDecision: 'Ban Giám đốc quyết định bỏ hoạt động tôn giáo khỏi chương trình hoặc lùi chuyến thăm.',
      }),
    ];
  },
};

/**
 * Luật Bảo vệ bí mật nhà nước 2025 (Luật số 117/2025/QH15) replaced the 2018 law from 01/03/2026;
 * which one applies follows the meeting's date. Who may approve depends on the secrecy level
 * (Điều 16; the heads listed in Điều 11.1): the competent person, never the Department's
 * leadership by default.
 */
const SECRETS_LAWS = [
  { from: '2020-07-01', to: '2026-02-28', citation: 'Điều 18 Luật Bảo vệ bí mật nhà nước năm 2018' },
  {
    from: '2026-03-01',
    citation: 'khoản 1 Điều 11 và Điều 16 Luật Bảo vệ bí mật nhà nước năm 2025 (Luật số 117/2025/QH15)',
  },
] as const;
const secretsLawOn = (date: string) =>
  SECRETS_LAWS.find((law) => law.from <= date && (!('to' in law) || date <= law.to)) ?? SECRETS_LAWS[1];

/** Who may approve, by the secrecy level recorded on the meeting; never the Department's leadership by default. */
const competentFor = (context: RuleContext, level?: SecrecyLevel) =>
  level
    ? context.params.secrecyApprovers[level]
    : 'người có thẩm quyền theo độ mật của thông tin (ghi độ mật của cuộc làm việc để xác định người có thẩm quyền)';

export const stateSecrets: RuleDefinition = {
  id: 'STATE_SECRETS',
  title: { vi: 'Làm việc có nội dung bí mật nhà nước', en: 'Meetings involving state secrets' },
  citation: SECRETS_LAWS[1].citation,
  provenance:
    'Luật 29/2018/QH14 until 28/02/2026, Luật 117/2025/QH15 from 01/03/2026 (checked November 2026); whether a department director may approve is unverified',
  versions: SECRETS_LAWS,
  verified: true,
  inForce: { from: '2020-07-01' },
  parameters: ['sensitiveKeywords'],
  appliesTo: (context) =>
    Boolean(context.sensitive.state_secrets) || context.meetings.some((meeting) => meeting.confidential),
  evaluate(context) {
    const confidential = context.meetings.filter((meeting) => meeting.confidential);
    const outcomes: RuleOutcome[] = confidential.map((meeting) => {
      const day = localDateOf(meeting.startsAt);
      const who = competentFor(context, meeting.secrecyLevel);
      const citation = secretsLawOn(day).citation;
      if (meeting.secrecyApproval) {
        return {
          severity: 'info',
          citation,
          message: `Cuộc làm việc "${meeting.title}" có nội dung bí mật nhà nước: đã có văn bản đồng ý số ${meeting.secrecyApproval}.`,
        };
      }
      const neededBy = context.calendar.daysBefore(day, context.params.secretsApprovalDaysBefore);
      return {
        severity: context.checkedOn >= day ? 'blocking' : 'action_required',
        dueDate: neededBy,
        citation,
        approvals: [
          {
            authority: 'competent-person',
            kind: 'secrets-approval',
            what: `Văn bản đồng ý của ${who} cho cuộc làm việc "${meeting.title}"`,
            dueDate: neededBy,
            neededBy: day,
          },
        ],
        message: `Cuộc làm việc "${meeting.title}" có nội dung bí mật nhà nước: cần văn bản đồng ý của ${who} chậm nhất ngày ${d(neededBy)}; Văn phòng Sở ghi số, ngày văn bản vào lịch làm việc.`,
      };
    });
    if (context.sensitive.state_secrets && confidential.length === 0) {
      const neededBy = context.calendar.daysBefore(
        context.arrivalDate,
        context.params.secretsApprovalDaysBefore,
      );
      const who = competentFor(context);
      outcomes.push(
        permissionOutcome(context, {
          kind: 'secrets-approval',
          authorities: ['competent-person'],
          what: `Văn bản đồng ý của ${who} cho việc trao đổi nội dung bí mật nhà nước`,
          applyBy: neededBy,
          neededBy: context.arrivalDate,
          citation: secretsLawOn(context.arrivalDate).citation,
          task: `Nội dung làm việc nhắc đến bí mật nhà nước (${context.sensitive.state_secrets.join(', ')}): cần văn bản đồng ý của ${who} trước khi làm việc.`,
          lateDecision: 'Ban Giám đốc quyết định không trao đổi nội dung này.',
        }),
      );
    }
    return outcomes;
  },
};
