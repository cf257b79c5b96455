import { addDays, formatVietnameseDate as d, localDateOf } from '../calendar';
import type { SensitiveCategory } from '../profile';
import { deadline, type RuleDefinition } from '../rule';

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
  appliesTo: (context) => topicCategories.some((category) => context.sensitive[category]),
  evaluate(context) {
    const found = topicCategories.filter((category) => context.sensitive[category]);
    const words = found.flatMap((category) => context.sensitive[category] ?? []);
    const due = deadline(
      context,
      context.calendar.workingDaysBefore(context.arrivalDate, context.params.leadTimeWorkingDays),
    );
    return [
      {
        severity: 'approval_required',
        ...due,
        agencies: ['provincial-committee', 'police', 'party-external'],
        approvals: [
          {
            authority: 'provincial-committee',
            what: 'Chủ tịch UBND tỉnh đồng ý nội dung làm việc',
            dueDate: due.dueDate,
          },
        ],
        message:
          `Nội dung làm việc liên quan đến ${found.map((category) => categoryNames[category]).join('; ')} ` +
          `(từ khóa: ${words.join(', ')}). Cần Chủ tịch UBND tỉnh đồng ý, xin ý kiến Công an tỉnh và thông báo ` +
          'đầu mối đối ngoại Đảng của Tỉnh ủy.',
      },
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
    // A religious organisation as partner means international religious relations: answered centrally.
    const central = context.delegation.partner.type === 'religious_organisation';
    const days = central ? context.params.religiousAnswerDaysCentral : context.params.religiousAnswerDays;
    const first = context.delegation.activities.find((activity) => activity.type === 'religious_activity');
    const starts = first?.startsAt ? localDateOf(first.startsAt) : context.arrivalDate;
    const due = deadline(context, addDays(starts, -days));
    return [
      {
        severity: 'approval_required',
        ...due,
        agencies: ['religious-affairs', 'provincial-committee'],
        approvals: [
          {
            authority: 'provincial-committee',
            what: 'Chấp thuận hoạt động tôn giáo của đoàn',
            dueDate: due.dueDate,
          },
        ],
        // Điều 48.1: the inviting religious organisation applies; the Department records the answer.
        message:
          `Đoàn có hoạt động tôn giáo: tổ chức tôn giáo mời đoàn nộp hồ sơ đề nghị tới UBND tỉnh chậm nhất ngày ${d(due.dueDate)} ` +
          `(thời hạn trả lời ${days} ngày${central ? ', có yếu tố quan hệ quốc tế về tôn giáo' : ''}); ` +
          'Văn phòng Sở theo dõi và lưu văn bản chấp thuận.',
      },
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

const COMPETENT = 'người có thẩm quyền theo độ mật của thông tin (không mặc định là Ban Giám đốc Sở)';

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
    const pending = context.meetings.filter((meeting) => meeting.confidential && !meeting.secrecyApproval);
    const outcomes = pending.map((meeting) => ({
      severity: 'approval_required' as const,
      dueDate: addDays(localDateOf(meeting.startsAt), -1),
      agencies: ['leadership' as const],
      approvals: [
        {
          authority: 'competent-person' as const,
          what: `Văn bản đồng ý của ${COMPETENT} cho cuộc làm việc "${meeting.title}"`,
        },
      ],
      citation: secretsLawOn(localDateOf(meeting.startsAt)).citation,
      message: `Cuộc làm việc "${meeting.title}" có nội dung bí mật nhà nước: cần văn bản đồng ý của ${COMPETENT} trước khi làm việc; Văn phòng Sở lưu số, ngày của văn bản.`,
    }));
    if (context.sensitive.state_secrets && context.meetings.every((meeting) => !meeting.confidential)) {
      outcomes.push({
        severity: 'approval_required',
        dueDate: addDays(context.arrivalDate, -1),
        agencies: ['leadership'],
        approvals: [
          {
            authority: 'competent-person',
            what: `Văn bản đồng ý của ${COMPETENT} cho việc trao đổi nội dung bí mật nhà nước`,
          },
        ],
        citation: secretsLawOn(context.arrivalDate).citation,
        message: `Nội dung làm việc nhắc đến bí mật nhà nước (${context.sensitive.state_secrets?.join(', ')}): cần văn bản đồng ý của ${COMPETENT} trước khi làm việc.`,
      });
    }
    return outcomes;
  },
};
