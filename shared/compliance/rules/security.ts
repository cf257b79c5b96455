import { addDays, formatVietnameseDate as d } from '../calendar';
import type { RuleOutcome } from '../finding';
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
  parameters: [],
  appliesTo: (context) => context.delegation.itinerary.some((place) => place.restrictedArea),
  evaluate(context) {
    const places = context.delegation.itinerary.filter((place) => place.restrictedArea);
    const outcomes: RuleOutcome[] = [
      {
        severity: 'action_required',
        dueDate: addDays(context.arrivalDate, -1),
        agencies: ['police', 'military'],
        approvals: [
          {
            authority: 'police',
            what: `Giấy phép vào khu vực cấm: ${places.map((place) => place.name).join('; ')}`,
          },
        ],
        message:
          `Lịch trình có khu vực cấm hoặc địa điểm trọng yếu: ${places.map((place) => place.name).join('; ')}. ` +
          `Cần giấy phép của Công an tỉnh trước ngày ${d(context.arrivalDate)} và thông báo Bộ Chỉ huy Quân sự tỉnh.`,
      },
    ];
    const overnight = places.filter((place) => place.overnightStay);
    if (overnight.length > 0) {
      outcomes.push({
        severity: 'blocking',
        agencies: ['police', 'military'],
        message: `Người nước ngoài không được lưu trú qua đêm trong khu vực cấm: ${overnight.map((place) => place.name).join('; ')}. Sửa lịch trình.`,
      });
    }
    return outcomes;
  },
};
