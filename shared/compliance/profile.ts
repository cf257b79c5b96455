import { RETENTION_MONTHS } from '../domain/personal-data';
import { WorkingCalendar } from './calendar';
import { vietnamHolidays } from './holidays-vn';
import type { RuleProfile } from './profile-schema';

export const sensitiveCategories = [
  'religion',
  'human_rights',
  'ethnic_groups',
  'sovereignty_borders',
  'defence_security',
  'state_secrets',
] as const;
export type SensitiveCategory = (typeof sensitiveCategories)[number];

/** `other`: "khách mời quốc tế khác" of Thông tư 71/2018/TT-BTC, guests outside grades A to C. */
export const protocolGrades = ['special', 'A', 'B', 'C', 'other'] as const;
export type ProtocolGrade = (typeof protocolGrades)[number];

export type { RuleParameters, RuleProfile } from './profile-schema';

/** Minister level or higher, with heads of international organisations (QĐ 06/2020/QĐ-TTg, Điều 3.1). */
const ministerLevelRanks = [
  'head_of_state',
  'head_of_government',
  'parliament_speaker',
  'vice_president',
  'parliament_vice_chair',
  'deputy_prime_minister',
  'foreign_minister',
  'minister',
  'head_of_international_organisation',
] as const;

/** The Hưng Yên profile with the defaults of the regulations reference. */
export const hungYenProfile: RuleProfile = {
  id: 'hung-yen',
  version: '2026.2',
  name: 'Hưng Yên — mặc định theo tài liệu quy định',
  province: 'Hưng Yên',
  parameters: {
    leadTimeWorkingDays: 5,
    conferencePmDays: 40,
    conferenceProvinceDays: 30,
    conferenceReportDays: 15,
    yearlyConferenceReportBy: '12-18',
    religiousAnswerDays: 30,
    religiousAnswerDaysCentral: 45,
    ngoWorkPlanWorkingDays: 45,
    pressPermitWorkingDays: 10,
    pressConferenceWorkingDays: 2,
    highLevelReceptionWorkingDays: 5,
    guestListDaysBeforeArrival: 4,
    accommodationDeclarationHours: 12,
    postVisitReportDays: 3,
    postConferenceReportDays: 15,
    ministerLevelRanks: [...ministerLevelRanks],
    highLevelRanks: [...ministerLevelRanks, 'deputy_minister', 'ambassador', 'provincial_leader'],
    sensitiveKeywords: {
      // Whole words and phrases (shared/compliance/topic-match.ts). Unaccented Vietnamese forms are
      // listed only where they cannot be another word: "chua" could be "chưa", "nha tho" "nhà thơ".
      religion: [
        'tôn giáo',
        'tín ngưỡng',
        'nhà thờ',
        'chùa',
        'đền thờ',
        'truyền giáo',
        'ton giao',
        'tin nguong',
        'truyen giao',
        'religion',
        'religions',
        'religious',
        'church',
        'churches',
        'pagoda',
        'pagodas',
        'temple',
        'temples',
        'mission',
        'missionary',
        'missionaries',
      ],
      human_rights: [
        'nhân quyền',
        'quyền con người',
        'tự do ngôn luận',
        'nhan quyen',
        'human rights',
        'human right',
        'freedom of speech',
      ],
      ethnic_groups: [
        'dân tộc thiểu số',
        'người bản địa',
        'dan toc thieu so',
        'ethnic',
        'ethnic minority',
        'ethnic minorities',
        'indigenous',
      ],
      sovereignty_borders: [
        'chủ quyền',
        'biên giới',
        'biển đảo',
        'biển đông',
        'chu quyen',
        'bien gioi',
        'sovereignty',
        'border',
        'borders',
        'south china sea',
        'east sea',
      ],
      defence_security: [
        'quốc phòng',
        'quân sự',
        'an ninh quốc gia',
        'quoc phong',
        'an ninh quoc gia',
        'defence',
        'defense',
        'military',
        'national security',
      ],
      state_secrets: [
        'bí mật nhà nước',
        'tài liệu mật',
        'bi mat nha nuoc',
        'state secret',
        'state secrets',
        'classified',
      ],
    },
    harmlessPhrases: ['xuyên biên giới', 'xuyen bien gioi'],
    formerProvinces: [{ name: 'Thái Bình', since: '2025-07-01', act: 'Nghị quyết số 202/2025/QH15' }],
    fieldAliases: [
      ['khoa học và công nghệ', 'khoa học công nghệ', 'KH&CN', 'KHCN', 'science and technology'],
      ['môi trường', 'bảo vệ môi trường', 'environment', 'environmental protection'],
      ['nông nghiệp', 'phát triển nông thôn', 'agriculture', 'rural development'],
      ['y tế', 'chăm sóc sức khỏe', 'health', 'health care'],
      ['giáo dục', 'đào tạo', 'giáo dục và đào tạo', 'education', 'training'],
      ['biến đổi khí hậu', 'climate change'],
    ],
    ngoProfitKeywords: [
      'kinh doanh',
      'lợi nhuận',
      'bán hàng',
      'thu phí',
      'góp vốn',
      'profit',
      'commercial',
      'sales',
    ],
    ngoNonProfitPhrases: ['phi lợi nhuận', 'không vì lợi nhuận', 'non-profit', 'not-for-profit', 'nonprofit'],
    /** Gift cap for each member other than the head, whatever the grade (TT 35/2026/TT-BTC, chưa xác minh). */
    memberGiftCapVnd: 1_000_000,
    personalDataRetentionMonths: RETENTION_MONTHS,
    grades: {
      special: {
        ranks: ['head_of_state', 'head_of_government', 'parliament_speaker'],
        mealAllowanceVnd: null,
        giftCapVnd: null,
      },
      // Vice-presidents and parliament vice-chairs sit with deputy prime ministers (NĐ 18/2022, Điều 27).
      A: {
        ranks: ['vice_president', 'parliament_vice_chair', 'deputy_prime_minister', 'foreign_minister'],
        mealAllowanceVnd: 1_500_000,
        giftCapVnd: 2_600_000,
      },
      B: { ranks: ['minister', 'deputy_minister'], mealAllowanceVnd: 1_000_000, giftCapVnd: 1_800_000 },
      C: {
        ranks: ['head_of_international_organisation', 'ambassador', 'provincial_leader', 'department_leader'],
        mealAllowanceVnd: 800_000,
        giftCapVnd: 1_000_000,
      },
      // "Khách mời quốc tế khác" (Thông tư 71/2018/TT-BTC): a head without an official rank.
      other: { ranks: ['staff', 'other'], mealAllowanceVnd: 600_000, giftCapVnd: 1_000_000 },
    },
    restrictedAreaPermitDaysBefore: 1,
    secretsApprovalDaysBefore: 1,
    secrecyApprovers: {
      tuyet_mat:
        'người có thẩm quyền quy định tại Điều 16 Luật Bảo vệ bí mật nhà nước năm 2025 (độ Tuyệt mật)',
      toi_mat:
        'người đứng đầu cơ quan, tổ chức quy định tại khoản 1 Điều 11 Luật Bảo vệ bí mật nhà nước năm 2025 (độ Tối mật)',
      mat: 'người đứng đầu cơ quan, tổ chức quy định tại khoản 1 Điều 11 Luật Bảo vệ bí mật nhà nước năm 2025 (độ Mật)',
    },
  },
  reportingPeriod: 'calendar',
  workingHours: {
    weekdays: [1, 2, 3, 4, 5],
    periods: [
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ],
    bufferMinutes: 15,
    minimumMeetingMinutes: 15,
  },
  holidays: vietnamHolidays,
};

/** The working-day calendar of a profile's holiday data. */
export const calendarOf = (profile: RuleProfile): WorkingCalendar =>
  new WorkingCalendar(
    Object.fromEntries(Object.entries(profile.holidays).map(([year, data]) => [Number(year), data])),
  );
