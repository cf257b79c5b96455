import { chairmanOf } from '../../domain/agencies';
import type { Delegation } from '../../domain/delegation';
import { formatVietnameseDate as d, localDateOf } from '../calendar';
import type { RuleOutcome } from '../finding';
import { permissionOutcome } from '../permission';
import type { RuleContext, RuleDefinition } from '../rule';

type Conference = Delegation['activities'][number];

const conferencesOf = (context: RuleContext): Conference[] =>
  context.delegation.activities.filter((activity) => activity.type === 'conference');

const startOf = (context: RuleContext, conference: Conference) =>
  conference.startsAt ? localDateOf(conference.startsAt) : context.arrivalDate;
const endOf = (context: RuleContext, conference: Conference) =>
  conference.endsAt ? localDateOf(conference.endsAt) : context.departureDate;
const nameOf = (conference: Conference) =>
  conference.title ? `"${conference.title}"` : 'hội nghị, hội thảo quốc tế';

/**
 * Quyết định 06/2020/QĐ-TTg, Điều 3.1: the Prime Minister decides when a foreign participant is
 * minister-level or higher, or the topic touches sovereignty, security, defence, ethnic groups,
 * religion, human rights or state secrets (online conferences with one end in Vietnam included).
 */
export function needsPrimeMinister(
  context: Pick<RuleContext, 'delegation' | 'params' | 'sensitive'>,
): boolean {
  const ministerLevel = context.delegation.members.some((member) =>
    context.params.ministerLevelRanks.includes(member.rank),
  );
  return ministerLevel || Object.keys(context.sensitive).length > 0;
}

/** What the Đề án tổ chức (Quyết định 06/2020/QĐ-TTg, Điều 4.1) needs and the registration lacks. */
export function missingPlanParts(conference: Conference): string[] {
  return [
    conference.venue ? '' : 'địa điểm',
    conference.organisers?.length ? '' : 'cơ quan phối hợp tổ chức',
    conference.participants ? '' : 'số đại biểu Việt Nam và nước ngoài',
    conference.agenda ? '' : 'nội dung, chương trình',
    conference.funding ? '' : 'kinh phí và nguồn kinh phí',
  ].filter(Boolean);
}

/** One permission per conference, from the authority Quyết định 06/2020/QĐ-TTg names. */
function permissions(
  context: RuleContext,
  days: number,
  authority: 'prime-minister' | 'provincial-committee',
): RuleOutcome[] {
  return conferencesOf(context).flatMap((conference) => {
    const starts = startOf(context, conference);
    const applyBy = context.calendar.daysBefore(starts, days);
    const when = `${d(starts)}${conference.online ? ', trực tuyến' : ''}`;
    const prime = authority === 'prime-minister';
    const missing = missingPlanParts(conference);
    const plan: RuleOutcome[] = missing.length
      ? [
          {
            severity: 'action_required',
            dueDate: applyBy,
            overdue: context.receivedOn > applyBy,
            summary: `Bổ sung thông tin để lập Đề án tổ chức ${nameOf(conference)}`,
            message: `Bổ sung vào hồ sơ đoàn để lập Đề án tổ chức ${nameOf(conference)}: ${missing.join(', ')}.`,
          },
        ]
      : [];
    const permission = permissionOutcome(context, {
      kind: 'conference-permission',
      authorities: [authority],
      subject: conference.title,
      what: `${prime ? 'Thủ tướng Chính phủ' : 'Chủ tịch UBND tỉnh'} cho phép tổ chức ${nameOf(conference)}`,
      applyBy,
      neededBy: starts,
      task: prime
        ? `${nameOf(conference)} (${when}) thuộc thẩm quyền cho phép của Thủ tướng Chính phủ: Văn phòng Sở lập hồ sơ, ` +
          `trình ${context.agencyName('provincial-committee')} gửi xin phép chậm nhất ngày ${d(applyBy)} (${days} ngày trước ngày tổ chức); ` +
          `cơ quan có thẩm quyền lấy ý kiến ${context.agencyName('mofa')} và ${context.agencyName('mps')}.`
        : `${nameOf(conference)} (${when}) cần ${chairmanOf(context.agencyName('provincial-committee'))} cho phép: Văn phòng Sở ` +
          `dự thảo công văn đề nghị kèm Đề án tổ chức, gửi chậm nhất ngày ${d(applyBy)} (${days} ngày trước ngày tổ chức).`,
      notices: prime
        ? []
        : [
            {
              agency: 'foreign-affairs',
              message:
                `Sở Khoa học và Công nghệ dự kiến tổ chức ${nameOf(conference)} ngày ${when}; ` +
                'văn bản đề nghị cho phép kèm Đề án tổ chức sẽ được gửi theo đường công văn.',
            },
          ],
      lateDecision: 'Ban Giám đốc quyết định lùi ngày tổ chức hoặc xin phép với thời hạn ngắn hơn quy định.',
    });
    // The plan's gaps matter only while the permission is still to be asked for.
    return permission.approvals?.[0]?.recorded ? [permission] : [permission, ...plan];
  });
}

export const conferencePrimeMinister: RuleDefinition = {
  id: 'CONFERENCE_PM',
  title: {
    vi: 'Hội nghị, hội thảo quốc tế thuộc thẩm quyền Thủ tướng',
    en: "International conference needing the Prime Minister's permission",
  },
  citation: 'khoản 1 Điều 3, điểm a khoản 1 Điều 4 và Điều 5 Quyết định số 06/2020/QĐ-TTg',
  provenance:
    'checked November 2026: lead times in Điều 4.1a, heads of international organisations in Điều 3.1',
  verified: true,
  inForce: { from: '2020-04-15' },
  parameters: ['conferencePmDays', 'ministerLevelRanks', 'sensitiveKeywords'],
  appliesTo: (context) => conferencesOf(context).length > 0 && needsPrimeMinister(context),
  evaluate: (context) =>
    // Điều 5: the competent body consults the Ministry of Foreign Affairs and the Ministry of Public
    // Security, not the provincial police; the request goes as a document, never as an email.
    permissions(context, context.params.conferencePmDays, 'prime-minister'),
};

export const conferenceProvince: RuleDefinition = {
  id: 'CONFERENCE_PROVINCE',
  title: {
    vi: 'Hội nghị, hội thảo quốc tế thuộc thẩm quyền Chủ tịch UBND tỉnh',
    en: "International conference needing the provincial chairman's permission",
  },
  citation: 'khoản 2 Điều 3 và điểm a khoản 1 Điều 4 Quyết định số 06/2020/QĐ-TTg',
  provenance: 'checked November 2026',
  verified: true,
  inForce: { from: '2020-04-15' },
  parameters: ['conferenceProvinceDays'],
  appliesTo: (context) => conferencesOf(context).length > 0 && !needsPrimeMinister(context),
  evaluate: (context) => permissions(context, context.params.conferenceProvinceDays, 'provincial-committee'),
};

export const conferenceReport: RuleDefinition = {
  id: 'CONFERENCE_REPORT',
  title: { vi: 'Báo cáo kết quả hội nghị, hội thảo quốc tế', en: 'Report on an international conference' },
  citation:
    'điểm c khoản 2 Điều 4 và Điều 8 Quyết định số 06/2020/QĐ-TTg (thời hạn 15 ngày và hạn 18/12 chưa xác minh)',
  provenance: 'the 15-day result report and the 18 December yearly deadline: unverified',
  verified: false,
  inForce: { from: '2020-04-15' },
  parameters: ['conferenceReportDays', 'yearlyConferenceReportBy'],
  appliesTo: (context) => conferencesOf(context).length > 0,
  evaluate(context) {
    const copyMofa = needsPrimeMinister(context);
    return conferencesOf(context).map((conference) => {
      const ends = endOf(context, conference);
      const dueDate = context.calendar.daysAfter(ends, context.params.conferenceReportDays);
      // The yearly list covers the administrative year closing on 14 December (Nghị định
      // 09/2019/NĐ-CP, Điều 12): a conference ending after it goes into the next year's report.
      const year = Number(ends.slice(0, 4)) + (ends.slice(5) > '12-14' ? 1 : 0);
      const yearly = d(`${year}-${context.params.yearlyConferenceReportBy}`);
      return {
        severity: 'action_required',
        dueDate,
        notices: [
          {
            agency: 'host-unit',
            message: `Đề nghị ${context.agencyName('host-unit')} dự thảo báo cáo kết quả ${nameOf(conference)}, gửi Văn phòng Sở chậm nhất ngày ${d(dueDate)}.`,
          },
        ],
        message:
          `Báo cáo kết quả ${nameOf(conference)} gửi ${context.agencyName('provincial-committee')} bằng văn bản chậm nhất ngày ${d(dueDate)}` +
          `${copyMofa ? `, đồng gửi ${context.agencyName('mofa')}` : ''}; tỉnh tổng hợp báo cáo năm trước ngày ${yearly}.`,
      };
    });
  },
};
