import { formatVietnameseDate as d } from '../calendar';
import type { RuleOutcome } from '../finding';
import type { RuleDefinition } from '../rule';
import { foldText, mentions } from '../text';

/** A blocked NGO visit concerns the Office (it must fix or refuse it) as well as the outside bodies. */
const agencies: RuleOutcome['agencies'] = ['office', 'friendship-union', 'foreign-affairs'];
const blocking = (message: string): RuleOutcome => ({ severity: 'blocking', agencies, message });

export const ngoRegistration: RuleDefinition = {
  id: 'NGO_REGISTRATION',
  title: { vi: 'Giấy đăng ký của tổ chức phi chính phủ nước ngoài', en: 'Registration of a foreign NGO' },
  citation: 'Điều 5, Điều 8 và khoản 4 Điều 21 Nghị định số 58/2022/NĐ-CP',
  provenance: 'Điều 21.4 verified November 2026',
  verified: true,
  inForce: { from: '2022-10-15' },
  parameters: ['ngoWorkPlanWorkingDays'],
  appliesTo: (context) => context.delegation.partner.type === 'foreign_ngo',
  evaluate(context) {
    const certificate = context.delegation.partner.ngoRegistration;
    if (!certificate) {
      return [
        blocking(
          'Thiếu giấy đăng ký hoạt động của tổ chức phi chính phủ nước ngoài (số, ngày hết hạn, địa bàn, lĩnh vực).',
        ),
      ];
    }
    const outcomes: RuleOutcome[] = [];
    if (certificate.expiresOn < context.departureDate) {
      outcomes.push(
        blocking(
          `Giấy đăng ký số ${certificate.certificateNumber} hết hạn ngày ${d(certificate.expiresOn)}, trước khi kết thúc chuyến thăm (${d(context.departureDate)}).`,
        ),
      );
    }
    const province = foldText(context.profile.province);
    if (!certificate.provinces.some((covered) => foldText(covered) === province)) {
      outcomes.push(
        blocking(
          `Giấy đăng ký số ${certificate.certificateNumber} không có địa bàn ${context.profile.province} (địa bàn: ${certificate.provinces.join(', ')}).`,
        ),
      );
    }
    const visitText = [context.delegation.purpose, ...context.delegation.topics].join(' \n ');
    if (!certificate.fields.some((field) => mentions(visitText, field))) {
      outcomes.push(
        blocking(
          `Nội dung chuyến thăm không thuộc lĩnh vực trong giấy đăng ký (${certificate.fields.join(', ')}).`,
        ),
      );
    }
    if (context.delegation.activities.some((activity) => activity.type === 'religious_activity')) {
      outcomes.push(blocking('Tổ chức phi chính phủ nước ngoài không được tiến hành hoạt động tôn giáo.'));
    }
    if (certificate.issuedOn) {
      const planDue = context.calendar.workingDaysAfter(
        certificate.issuedOn,
        context.params.ngoWorkPlanWorkingDays,
      );
      outcomes.push({
        severity: 'info',
        dueDate: planDue,
        agencies: ['provincial-committee'],
        message: `Kiểm tra tổ chức đã gửi kế hoạch hoạt động tới UBND tỉnh chậm nhất ngày ${d(planDue)} (${context.params.ngoWorkPlanWorkingDays} ngày làm việc từ ngày cấp giấy đăng ký).`,
      });
    }
    return outcomes;
  },
};
