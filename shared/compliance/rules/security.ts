import { formatVietnameseDate as d } from '../calendar';
import type { RuleOutcome } from '../finding';
import { permissionOutcome } from '../permission';
import type { RuleDefinition } from '../rule';

/** Who manages a restricted place, and so permits entry (Quyết định 160/2004/QĐ-TTg). */
const managers = ['police', 'military'] as const;

export const restrictedArea: RuleDefinition = {
  id: 'RESTRICTED_AREA',
  title: {
    vi: 'Vào khu vực cấm, khu quân sự, địa điểm trọng yếu về an ninh',
    en: 'Restricted or military areas',
  },
  citation:
    'Điều 1, Điều 2 và Điều 5 Quyết định số 160/2004/QĐ-TTg (cơ quan cấp phép theo đơn vị quản lý khu vực và thời gian xử lý hồ sơ chưa xác minh); Điều 34 Luật số 47/2014/QH13',
  provenance:
    "regulations reference; December 2026 review: the managing body permits entry (Điều 5, text unverified); the application lead time is the Office's margin",
  verified: false,
  inForce: { from: '2004-09-06' },
  parameters: ['restrictedAreaPermitDaysBefore', 'restrictedAreaApplicationWorkingDays'],
  appliesTo: (context) => context.delegation.itinerary.some((place) => place.restrictedArea),
  evaluate(context) {
    const neededBy = context.calendar.daysBefore(
      context.arrivalDate,
      context.params.restrictedAreaPermitDaysBefore,
    );
    // The application leaves the managing body time to process it, counted in working days.
    const applyBy = context.calendar.workingDaysBefore(
      neededBy,
      context.params.restrictedAreaApplicationWorkingDays,
    );
    const restricted = context.delegation.itinerary.filter((place) => place.restrictedArea);
    const outcomes: RuleOutcome[] = managers
      .map((manager) => ({
        manager,
        places: restricted.filter((place) => (place.managedBy ?? 'police') === manager).map((p) => p.name),
      }))
      .filter(({ places }) => places.length > 0)
      .map(({ manager, places }) => {
        const body = context.agencyName(manager);
        const list = places.join('; ');
        return permissionOutcome(context, {
          kind: 'restricted-area-permit',
          authorities: [manager],
          what: `Giấy phép vào khu vực cấm do ${body} quản lý: ${list}`,
          applyBy,
          neededBy,
          task:
            `Lịch trình có khu vực cấm, địa điểm trọng yếu do ${body} quản lý: ${list}. Văn phòng Sở gửi văn bản ` +
            `đề nghị ${body} cấp giấy phép, kèm danh sách khách, chậm nhất ngày ${d(applyBy)} để có giấy phép ` +
            `trước ngày ${d(neededBy)}.`,
          notices: [
            {
              agency: manager,
              message:
                `Đoàn dự kiến vào khu vực cấm, địa điểm trọng yếu do quý cơ quan quản lý: ${list} (đoàn đến ngày ${d(context.arrivalDate)}). ` +
                'Sở Khoa học và Công nghệ sẽ gửi văn bản đề nghị cấp giấy phép kèm danh sách khách theo đường công văn.',
            },
            ...(manager === 'military'
              ? [
                  {
                    agency: 'police' as const,
                    message: `Thông báo để phối hợp: đoàn dự kiến đến khu vực quân sự ${list} từ ngày ${d(context.arrivalDate)}.`,
                  },
                ]
              : [
                  {
                    agency: 'military' as const,
                    message: `Thông báo để phối hợp: đoàn dự kiến đến ${list} từ ngày ${d(context.arrivalDate)}.`,
                  },
                ]),
          ],
          lateDecision: 'Ban Giám đốc quyết định bỏ địa điểm này khỏi lịch trình hoặc lùi chuyến thăm.',
        });
      });
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
