import { formatVietnameseDate as d } from '../calendar';
import type { RuleOutcome } from '../finding';
import { permissionOutcome } from '../permission';
import type { RuleDefinition } from '../rule';

export const restrictedArea: RuleDefinition = {
  id: 'RESTRICTED_AREA',
  title: {
    vi: 'Vào khu vực cấm, khu quân sự, địa điểm trọng yếu về an ninh',
    en: 'Restricted or military areas',
  },
  citation: 'Điều 1, Điều 2 Quyết định số 160/2004/QĐ-TTg; Điều 34 Luật số 47/2014/QH13',
  provenance: 'regulations reference',
  verified: true,
  inForce: { from: '2004-09-06' },
  parameters: ['restrictedAreaPermitDaysBefore'],
  appliesTo: (context) => context.delegation.itinerary.some((place) => place.restrictedArea),
  evaluate(context) {
    const places = context.delegation.itinerary
      .filter((place) => place.restrictedArea)
      .map((place) => place.name)
      .join('; ');
    const police = context.agencyName('police');
    const neededBy = context.calendar.daysBefore(
      context.arrivalDate,
      context.params.restrictedAreaPermitDaysBefore,
    );
    const outcomes: RuleOutcome[] = [
      permissionOutcome(context, {
        kind: 'restricted-area-permit',
        authorities: ['police', 'military'],
        what: `Giấy phép vào khu vực cấm: ${places}`,
        applyBy: neededBy,
        neededBy,
        task:
          `Lịch trình có khu vực cấm hoặc địa điểm trọng yếu: ${places}. Văn phòng Sở gửi văn bản đề nghị ` +
          `${police} cấp giấy phép, kèm danh sách khách, để có giấy phép chậm nhất ngày ${d(neededBy)}.`,
        notices: [
          {
            agency: 'police',
            message:
              `Đoàn dự kiến vào khu vực cấm, địa điểm trọng yếu: ${places} (đoàn đến ngày ${d(context.arrivalDate)}). ` +
              'Sở Khoa học và Công nghệ sẽ gửi văn bản đề nghị cấp giấy phép kèm danh sách khách theo đường công văn.',
          },
          {
            agency: 'military',
            message: `Thông báo để phối hợp: đoàn dự kiến đến ${places} từ ngày ${d(context.arrivalDate)}.`,
          },
        ],
        lateDecision: 'Ban Giám đốc quyết định bỏ địa điểm này khỏi lịch trình hoặc lùi chuyến thăm.',
      }),
    ];
    const overnight = context.delegation.itinerary
      .filter((place) => place.restrictedArea && place.overnightStay)
      .map((place) => place.name);
    if (overnight.length > 0) {
      outcomes.push({
        severity: 'blocking',
        message: `Người nước ngoài không được lưu trú qua đêm trong khu vực cấm: ${overnight.join('; ')}. Sửa lịch trình.`,
      });
    }
    return outcomes;
  },
};
