import { chairmanOf } from '../../domain/agencies';
import type { Delegation } from '../../domain/delegation';
import { formatVietnameseDate as d, localDateOf } from '../calendar';
import { permissionOutcome } from '../permission';
import type { RuleContext, RuleDefinition } from '../rule';
import { formatVnd } from '../text';

type Activity = Delegation['activities'][number];

const activitiesOf = (context: RuleContext, type: Activity['type']) =>
  context.delegation.activities.filter((activity) => activity.type === type);
const dayOf = (context: RuleContext, activity: Activity) =>
  activity.startsAt ? localDateOf(activity.startsAt) : context.arrivalDate;

/**
 * Signing an MoU or cooperation agreement during a visit: an international agreement under Luật
 * Thỏa thuận quốc tế 2020. The Department signs in its own name only with the Provincial Chairman's
 * permission, after the opinions of the foreign-affairs body and the agencies concerned; the
 * request goes before the visit, not after.
 */
export const agreementSigning: RuleDefinition = {
  id: 'AGREEMENT_SIGNING',
  title: { vi: 'Ký kết thỏa thuận quốc tế trong chuyến thăm', en: 'An agreement signed during the visit' },
  citation: 'Luật Thỏa thuận quốc tế năm 2020 (Luật số 70/2020/QH14) (điều khoản và thời hạn chưa xác minh)',
  provenance:
    'December 2026 review: who may sign and whose opinions are needed, articles unverified; the lead time is the Office margin',
  verified: false,
  inForce: { from: '2021-07-01' },
  parameters: ['agreementApprovalWorkingDays'],
  appliesTo: (context) => activitiesOf(context, 'agreement_signing').length > 0,
  evaluate(context) {
    const chairman = chairmanOf(context.agencyName('provincial-committee'));
    return activitiesOf(context, 'agreement_signing').map((activity) => {
      const day = dayOf(context, activity);
      const applyBy = context.calendar.workingDaysBefore(day, context.params.agreementApprovalWorkingDays);
      const name = activity.title ? `"${activity.title}"` : 'thỏa thuận hợp tác';
      return permissionOutcome(context, {
        kind: 'agreement-permission',
        authorities: ['provincial-committee'],
        subject: activity.title,
        what: `${chairman} cho phép Sở ký ${name}`,
        applyBy,
        neededBy: day,
        task:
          `Dự kiến ký ${name} ngày ${d(day)}. Văn phòng Sở lấy ý kiến ${context.agencyName('foreign-affairs')} và các cơ quan ` +
          `liên quan, trình ${chairman} cho phép ký (kèm dự thảo thỏa thuận bằng tiếng Việt và tiếng nước ngoài) chậm nhất ` +
          `ngày ${d(applyBy)}; chưa có văn bản cho phép thì không ký.`,
        notices: [
          {
            agency: 'foreign-affairs',
            message: `Sở Khoa học và Công nghệ dự kiến ký ${name} với ${context.delegation.partner.name} ngày ${d(day)}; văn bản xin ý kiến kèm dự thảo thỏa thuận sẽ được gửi theo đường công văn.`,
          },
        ],
        lateDecision: 'Ban Giám đốc quyết định lùi việc ký kết sang dịp khác.',
      });
    });
  },
};

/**
 * Aid, equipment or a gift of value the partner offers: non-refundable aid outside ODA under Nghị
 * định 80/2020/NĐ-CP, accepted only once the competent authority approves it.
 */
export const aidOffer: RuleDefinition = {
  id: 'AID_OFFER',
  title: {
    vi: 'Tiếp nhận viện trợ, tài trợ của đối tác',
    en: 'Aid or gifts of value offered by the partner',
  },
  citation: 'Nghị định số 80/2020/NĐ-CP (điều khoản và thời hạn chưa xác minh)',
  provenance: 'December 2026 review: details unverified; the lead time is the Office margin',
  verified: false,
  inForce: { from: '2020-08-25' },
  parameters: ['aidApprovalWorkingDays'],
  appliesTo: (context) => activitiesOf(context, 'aid_offer').length > 0,
  evaluate(context) {
    const chairman = chairmanOf(context.agencyName('provincial-committee'));
    return activitiesOf(context, 'aid_offer').map((activity) => {
      const day = dayOf(context, activity);
      const applyBy = context.calendar.workingDaysBefore(day, context.params.aidApprovalWorkingDays);
      const what = activity.title ?? 'khoản viện trợ';
      const value = activity.valueVnd ? ` (trị giá ${formatVnd(activity.valueVnd)})` : '';
      return permissionOutcome(context, {
        kind: 'aid-approval',
        authorities: ['provincial-committee'],
        subject: activity.title,
        what: `${chairman} phê duyệt tiếp nhận ${what}`,
        applyBy,
        neededBy: day,
        task:
          `Đối tác đề nghị trao ${what}${value} ngày ${d(day)}: khoản viện trợ không hoàn lại phải được phê duyệt trước khi ` +
          `tiếp nhận. Văn phòng Sở lập hồ sơ trình ${chairman} chậm nhất ngày ${d(applyBy)}; chưa có quyết định phê duyệt ` +
          'thì không tiếp nhận.',
        lateDecision: 'Ban Giám đốc quyết định chưa tiếp nhận và đề nghị đối tác trao vào dịp khác.',
      });
    });
  },
};
