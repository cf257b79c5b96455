import { WorkingCalendar } from './calendar';
import { vietnamHolidays } from './holidays-vn';
import type { RuleProfile } from './profile-schema';

export type { RuleParameters, RuleProfile } from './profile-schema';
export {
  type ProtocolGrade,
  protocolGrades,
  type SensitiveCategory,
  sensitiveCategories,
} from './profile-vocabulary';

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
  'un_secretary_general',
  'heir_to_throne',
  'head_of_major_international_organisation',
] as const;

/** The Hưng Yên profile with the defaults of the regulations reference. */
export const hungYenProfile: RuleProfile = {
  id: 'hung-yen',
  version: '2026.3',
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
    // The Appendix of Thông tư 35/2026/TT-BTC, from the head of the delegation (the usual reading).
    grades: {
      special: {
        ranks: [
          'head_of_state',
          'head_of_government',
          'parliament_speaker',
          'vice_president',
          'un_secretary_general',
        ],
        ranksForOfficials: [],
      },
      A: {
        ranks: [
          'deputy_prime_minister',
          'parliament_vice_chair',
          'foreign_minister',
          'head_of_major_international_organisation',
          'heir_to_throne',
        ],
        ranksForOfficials: [],
      },
      B: {
        ranks: [
          'minister',
          'deputy_minister',
          'deputy_head_of_intergovernmental_organisation',
          'royal_family_member',
        ],
        ranksForOfficials: [],
      },
      // Leaders of foreign provinces sit with department-level officials here: the Appendix does not
      // name them (team note: to confirm with the Department of Finance).
      C: {
        ranks: ['ambassador', 'head_of_asean_body', 'provincial_leader', 'department_leader'],
        ranksForOfficials: ['staff'],
      },
      decided_by_chairman: { ranks: ['head_of_international_organisation'], ranksForOfficials: [] },
      other: { ranks: ['staff', 'other'], ranksForOfficials: [] },
    },
    officialPartnerTypes: ['diplomatic_mission', 'foreign_government', 'international_organisation'],
    receptionRates: [
      {
        // Only the meal allowances of 71/2018 are held (checked November 2026); its other figures
        // were not read, so those lines carry the circular's name instead of a figure.
        circular: 'TT-71-2018-BTC',
        from: '2018-11-01',
        to: '2026-05-17',
        articles: {
          meals: 'Thông tư số 71/2018/TT-BTC',
          rooms: 'Thông tư số 71/2018/TT-BTC',
          workingSessions: 'Thông tư số 71/2018/TT-BTC',
          banquet: 'Thông tư số 71/2018/TT-BTC',
          interpreting: 'Thông tư số 71/2018/TT-BTC',
          gifts: 'Thông tư số 71/2018/TT-BTC',
          guestsPayMealsRooms: 'Thông tư số 71/2018/TT-BTC',
          guestsPayAll: 'Thông tư số 71/2018/TT-BTC',
        },
        meals: {
          special: null,
          A: 1_500_000,
          B: 1_000_000,
          C: 800_000,
          decided_by_chairman: null,
          other: 600_000,
        },
        rooms: { special: null, A: null, B: null, C: null, decided_by_chairman: null, other: null },
        workingSessions: { special: null, A: null, B: null, C: null, decided_by_chairman: null, other: null },
        gifts: null,
        interpreting: null,
        translation: null,
      },
      {
        // Read in full (review of December 2026): Điều 7–12, 16, 18 and the Appendix.
        circular: 'TT-35-2026-BTC',
        from: '2026-05-18',
        articles: {
          meals: 'khoản 1 Điều 8',
          rooms: 'Điều 7',
          workingSessions: 'Điều 10',
          banquet: 'Điều 9',
          interpreting: 'Điều 11',
          gifts: 'khoản 2 Điều 12',
          guestsPayMealsRooms: 'Điều 16',
          guestsPayAll: 'Điều 18',
        },
        meals: {
          special: null,
          A: 3_000_000,
          B: 2_000_000,
          C: 1_600_000,
          decided_by_chairman: null,
          other: 1_200_000,
        },
        rooms: {
          special: null,
          A: { head: 9_400_000, deputy: 7_700_000, member: 6_000_000 },
          B: { head: 7_700_000, deputy: 7_700_000, member: 4_800_000 },
          C: { head: 4_300_000, deputy: 3_000_000, member: 3_000_000 },
          decided_by_chairman: null,
          other: { head: 1_600_000, deputy: 1_600_000, member: 1_600_000 },
        },
        workingSessions: {
          special: null,
          A: 300_000,
          B: 160_000,
          C: 120_000,
          decided_by_chairman: null,
          other: 120_000,
        },
        gifts: { headA: 2_600_000, headB: 1_800_000, specialCase: 1_000_000 },
        interpreting: { consecutivePerHour: 750_000, simultaneousPerHour: 1_500_000 },
        translation: { intoVietnamesePerPage: 300_000, fromVietnamesePerPage: 360_000 },
      },
    ],
    restrictedAreaPermitDaysBefore: 1,
    // Team note: no source gives the time the police or the military command take to issue a
    // restricted-area permit; five working days is the Office's own margin, to confirm.
    restrictedAreaApplicationWorkingDays: 5,
    // Team note: Luật 70/2020/QH14 asks for opinions before signing; the lead time is the Office's margin.
    agreementApprovalWorkingDays: 15,
    // Team note: Nghị định 80/2020/NĐ-CP; the lead time is the Office's margin, to confirm.
    aidApprovalWorkingDays: 15,
    secretsApprovalDaysBefore: 1,
    // The Office's own bounds for a permit's dates, against typing slips (31/12/2099, 01/01/1900).
    outsideDocumentMaxAgeDays: 730,
    outsideDocumentMaxValidityDays: 1830,
    secrecyApprovers: {
      tuyet_mat:
        'người có thẩm quyền quy định tại Điều 16 Luật Bảo vệ bí mật nhà nước năm 2025 (độ Tuyệt mật)',
      toi_mat:
        'người đứng đầu cơ quan, tổ chức quy định tại khoản 1 Điều 11 Luật Bảo vệ bí mật nhà nước năm 2025 (độ Tối mật)',
      mat: 'người đứng đầu cơ quan, tổ chức quy định tại khoản 1 Điều 11 Luật Bảo vệ bí mật nhà nước năm 2025 (độ Mật)',
    },
  },
  // Nghị định 09/2019/NĐ-CP, Điều 12: the periods of state administrative reports.
  reportingPeriod: 'administrative',
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
