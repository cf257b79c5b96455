/**
 * How the API's codes read to a Vietnamese official: statuses, partner types, member roles and
 * ranks, activities, authorities and permissions. Plain data without schemas, so the web console
 * takes them without taking zod.
 */
import type { costSharings } from './cost-sharing';
import type { activityTypes, entryDocuments, memberRanks, memberRoles, partnerTypes } from './delegation';
import type { ApprovalAuthority, ApprovalKind } from './external-approval';
import type { OrganisedEventKind } from './external-plan';
import type { officialPositions } from './resources';

/** How each authority is named to a user (the issuing body's own name is on the record). */
export const authorityNames: Record<ApprovalAuthority, string> = {
  'prime-minister': 'Thủ tướng Chính phủ',
  'provincial-committee': 'Chủ tịch UBND tỉnh',
  police: 'Công an tỉnh',
  military: 'Bộ Chỉ huy Quân sự tỉnh',
  mofa: 'Bộ Ngoại giao',
  'religious-affairs': 'cơ quan chuyên môn về tín ngưỡng, tôn giáo cấp tỉnh',
  'central-religious-affairs': 'cơ quan quản lý nhà nước về tín ngưỡng, tôn giáo ở trung ương',
  'competent-person': 'người có thẩm quyền theo độ mật',
};

export const approvalKindNames: Record<ApprovalKind, string> = {
  'conference-permission': 'Văn bản cho phép tổ chức hội nghị, hội thảo quốc tế',
  'restricted-area-permit': 'Giấy phép vào khu vực cấm',
  'press-permit': 'Giấy phép hoạt động báo chí',
  'religious-acceptance': 'Văn bản chấp thuận hoạt động tôn giáo',
  'content-approval': 'Văn bản đồng ý nội dung làm việc',
  'secrets-approval': 'Văn bản đồng ý cung cấp bí mật nhà nước',
  'agreement-permission': 'Văn bản cho phép ký kết thỏa thuận quốc tế',
  'aid-approval': 'Quyết định phê duyệt tiếp nhận viện trợ',
};

export const partnerTypeNames: Record<(typeof partnerTypes)[number], string> = {
  diplomatic_mission: 'Cơ quan đại diện ngoại giao',
  foreign_government: 'Chính phủ, địa phương nước ngoài',
  international_organisation: 'Tổ chức quốc tế',
  foreign_ngo: 'Tổ chức phi chính phủ nước ngoài',
  foreign_business: 'Doanh nghiệp, nhà đầu tư nước ngoài',
  academic_institution: 'Cơ sở học thuật, nghiên cứu',
  press: 'Báo chí',
  religious_organisation: 'Tổ chức tôn giáo',
  overseas_vietnamese_individual: 'Người Việt Nam ở nước ngoài',
  overseas_vietnamese_association: 'Hội, tổ chức của người Việt Nam ở nước ngoài',
  other: 'Khác',
};

export const memberRoleNames = {
  head: 'Trưởng đoàn',
  member: 'Thành viên',
  journalist: 'Phóng viên',
  interpreter: 'Phiên dịch',
  security: 'An ninh',
  other: 'Khác',
} satisfies Record<(typeof memberRoles)[number], string>;

export const memberRankNames = {
  head_of_state: 'Nguyên thủ quốc gia',
  head_of_government: 'Người đứng đầu Chính phủ',
  parliament_speaker: 'Chủ tịch Quốc hội',
  vice_president: 'Phó Chủ tịch nước',
  parliament_vice_chair: 'Phó Chủ tịch Quốc hội',
  deputy_prime_minister: 'Phó Thủ tướng',
  foreign_minister: 'Bộ trưởng Ngoại giao',
  minister: 'Bộ trưởng',
  deputy_minister: 'Thứ trưởng',
  head_of_international_organisation: 'Người đứng đầu tổ chức quốc tế chuyên môn khác',
  ambassador: 'Đại sứ',
  provincial_leader: 'Lãnh đạo cấp tỉnh',
  department_leader: 'Lãnh đạo cấp sở',
  staff: 'Cán bộ, nhân viên',
  other: 'Khác',
  un_secretary_general: 'Tổng Thư ký Liên hợp quốc',
  heir_to_throne: 'Người kế vị ngai vàng',
  head_of_major_international_organisation: 'Người đứng đầu ASEAN, APEC, WB, IMF, ADB',
  deputy_head_of_intergovernmental_organisation: 'Cấp phó tổ chức liên chính phủ',
  royal_family_member: 'Thành viên Hoàng gia',
  head_of_asean_body: 'Người đứng đầu cơ quan thuộc ASEAN',
} satisfies Record<(typeof memberRanks)[number], string>;

export const activityTypeNames = {
  conference: 'Hội nghị, hội thảo quốc tế',
  press_conference: 'Họp báo',
  religious_activity: 'Hoạt động tôn giáo',
  reception_by_provincial_leaders: 'Lãnh đạo tỉnh tiếp',
  agreement_signing: 'Ký kết thỏa thuận, biên bản ghi nhớ',
  aid_offer: 'Tiếp nhận viện trợ, tài trợ, quà tặng có giá trị',
  business_matching: 'Kết nối doanh nghiệp, kết nối cung – cầu công nghệ',
  promotion_exhibition: 'Xúc tiến, quảng bá, triển lãm',
  technology_demonstration: 'Trình diễn công nghệ',
} satisfies Record<(typeof activityTypes)[number], string>;

/** The events the Department organises under its external-information plan. */
export const organisedEventKindNames = {
  business_matching: 'Kết nối doanh nghiệp, kết nối cung – cầu công nghệ',
  promotion_exhibition: 'Xúc tiến, quảng bá, triển lãm',
  technology_demonstration: 'Trình diễn công nghệ',
  conference_seminar: 'Hội nghị, hội thảo',
  other: 'Hoạt động khác',
} satisfies Record<OrganisedEventKind, string>;

export const officialPositionNames = {
  director: 'Giám đốc',
  acting_director: 'Quyền Giám đốc',
  deputy_director: 'Phó Giám đốc',
  chief_of_office: 'Chánh Văn phòng',
  deputy_chief_of_office: 'Phó Chánh Văn phòng',
  division_head: 'Trưởng phòng',
  deputy_division_head: 'Phó Trưởng phòng',
  staff: 'Chuyên viên',
} satisfies Record<(typeof officialPositions)[number], string>;

export const costSharingNames = {
  department_pays: 'Sở chi trả toàn bộ chi phí trong nước',
  guests_pay_meals_rooms: 'khách tự chi trả tiền ăn, ở; Sở chi các khoản đón tiếp khác',
  guests_pay_all: 'khách tự chi trả toàn bộ chi phí; Sở chi tiếp khách trong buổi làm việc',
} satisfies Record<(typeof costSharings)[number], string>;

export const entryDocumentNames = {
  visa: 'Thị thực',
  e_visa: 'Thị thực điện tử',
  visa_exemption: 'Miễn thị thực',
  temporary_residence_card: 'Thẻ tạm trú',
} satisfies Record<(typeof entryDocuments)[number], string>;

export const sexNames = { male: 'Nam', female: 'Nữ' } as const;

/** The system's own steps, as the timeline names who did something. */
export const systemActorNames: Record<string, string> = {
  'check-compliance': 'Hệ thống kiểm tra tự động',
  'recheck-visits': 'Hệ thống kiểm tra lại khi lịch nghỉ thay đổi',
  'notify-agencies': 'Hệ thống gửi thư',
  'record-email-feedback': 'Hệ thống nhận phản hồi thư',
  'visit-follow-up': 'Hệ thống theo dõi chuyến thăm',
  'cancel-meetings-of-closed-visit': 'Hệ thống hủy lịch họp của đoàn không còn đến',
  'personal-data-retention': 'Hệ thống xóa dữ liệu khi hết thời hạn lưu giữ',
  'attachments-bucket': 'Hệ thống kiểm tra tệp tải lên',
};

/** Who did something, as a person reads it: their name, or the system's step in Vietnamese. */
export function actorName(actor: { sub: string; username?: string; name?: string }): string {
  if (actor.sub === 'system' || actor.sub.startsWith('system:'))
    return systemActorNames[actor.sub.slice('system:'.length)] ?? 'Hệ thống';
  return actor.name ?? actor.username ?? 'Người dùng';
}
