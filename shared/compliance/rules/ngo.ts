import { formatVietnameseDate as d } from '../calendar';
import type { RuleOutcome } from '../finding';
import type { RuleDefinition } from '../rule';
import { foldText } from '../text';
import { mentionsPhrase } from '../topic-match';

/** Two names of a place or a field are the same whatever their case and diacritics. */
const sameName = (a: string, b: string) => foldText(a.trim()) === foldText(b.trim());

/**
 * A blocked NGO visit: the Office must fix or refuse it (its own notification carries the task);
 * the bodies that manage foreign NGOs are told the visit does not go ahead as registered.
 */
const blocking = (message: string): RuleOutcome => ({
  severity: 'blocking',
  message,
  notices: (['friendship-union', 'foreign-affairs'] as const).map((agency) => ({
    agency,
    message: `Hồ sơ đoàn của tổ chức phi chính phủ nước ngoài chưa đủ điều kiện: ${message} Sở Khoa học và Công nghệ chưa tiếp đoàn cho đến khi hồ sơ được bổ sung.`,
  })),
});

export const ngoRegistration: RuleDefinition = {
  id: 'NGO_REGISTRATION',
  title: { vi: 'Giấy đăng ký của tổ chức phi chính phủ nước ngoài', en: 'Registration of a foreign NGO' },
  citation: 'Điều 5, Điều 8 và khoản 4 Điều 21 Nghị định số 58/2022/NĐ-CP',
  provenance: 'Điều 21.4 verified November 2026',
  verified: true,
  inForce: { from: '2022-10-15' },
  parameters: ['ngoWorkPlanWorkingDays', 'formerProvinces', 'fieldAliases', 'ngoProfitKeywords'],
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
    const named = (province: string) => certificate.provinces.some((covered) => sameName(covered, province));
    const former = context.params.formerProvinces.filter(
      (merged) => merged.since <= context.arrivalDate && named(merged.name),
    );
    if (!named(context.profile.province) && former.length === 0) {
      outcomes.push(
        blocking(
          `Giấy đăng ký số ${certificate.certificateNumber} không có địa bàn ${context.profile.province} (địa bàn: ${certificate.provinces.join(', ')}).`,
        ),
      );
    }
    for (const merged of named(context.profile.province) ? [] : former) {
      outcomes.push({
        severity: 'action_required',
        message: `Giấy đăng ký số ${certificate.certificateNumber} ghi địa bàn tỉnh ${merged.name}, nay thuộc tỉnh ${context.profile.province} (${merged.act}, từ ngày ${d(merged.since)}): chỉ có giá trị trên địa bàn tỉnh ${merged.name} cũ; kiểm tra các địa điểm làm việc của đoàn.`,
      });
    }
    const texts = [context.delegation.purpose, ...context.delegation.topics];
    const namesOf = (field: string) =>
      context.params.fieldAliases.find((group) => group.some((name) => sameName(name, field))) ?? [field];
    if (
      !certificate.fields.some((field) =>
        namesOf(field).some((name) => texts.some((text) => mentionsPhrase(text, name))),
      )
    ) {
      outcomes.push(
        blocking(
          `Nội dung chuyến thăm không thuộc lĩnh vực trong giấy đăng ký (${certificate.fields.join(', ')}).`,
        ),
      );
    }
    const profit = context.params.ngoProfitKeywords.filter((keyword) =>
      texts.some((text) => mentionsPhrase(text, keyword, context.params.ngoNonProfitPhrases)),
    );
    if (profit.length > 0) {
      // Điều 5: a foreign NGO works not for profit; the Office checks what the words stand for.
      outcomes.push({
        severity: 'approval_required',
        message: `Nội dung chuyến thăm có dấu hiệu hoạt động vì lợi nhuận (${profit.join(', ')}), trái với mục đích phi lợi nhuận của tổ chức phi chính phủ nước ngoài. Ban Giám đốc xem xét trước khi tiếp đoàn.`,
      });
    }
    if (context.delegation.activities.some((activity) => activity.type === 'religious_activity')) {
      outcomes.push(blocking('Tổ chức phi chính phủ nước ngoài không được tiến hành hoạt động tôn giáo.'));
    }
    // Điều 21.4: counted from the day the organisation received the certificate (else its issue date).
    const from = certificate.receivedOn ?? certificate.issuedOn;
    if (from) {
      const planDue = context.calendar.workingDaysAfter(from, context.params.ngoWorkPlanWorkingDays);
      outcomes.push({
        severity: 'info',
        dueDate: planDue,
        message: `Kiểm tra tổ chức đã gửi kế hoạch hoạt động tới ${context.agencyName('provincial-committee')} chậm nhất ngày ${d(planDue)} (${context.params.ngoWorkPlanWorkingDays} ngày làm việc từ ngày ${certificate.receivedOn ? 'nhận' : 'cấp'} giấy đăng ký).`,
      });
    }
    return outcomes;
  },
};
