import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../shared/compliance/calendar';
import { type CheckResult, type ComplianceOutcome, checkCompliance } from '../../shared/compliance/engine';
import type { Severity } from '../../shared/compliance/finding';
import { hungYenProfile, type RuleProfile } from '../../shared/compliance/profile';
import type { BookedMeeting, MeetingFacts } from '../../shared/compliance/rule';
import { rules } from '../../shared/compliance/rules';
import type { AgencyKey } from '../../shared/domain/agencies';
import { newDelegation, type RegistrationInput, registrationSchema } from '../../shared/domain/delegation';
import type { ExternalApproval } from '../../shared/domain/external-approval';
import { jicaVisit, overseasAssociation, overseasCitizen, overseasHead } from '../fixtures/registration';

const at = (date: LocalDate, time = '09:00') => `${date}T${time}:00+07:00`;
const visit = (arrival: LocalDate, departure: LocalDate = arrival) => ({
  arrival: at(arrival),
  departure: at(departure, '17:00'),
});

const base = { visit: visit('2026-12-14', '2026-12-15') };
const minister = {
  fullName: 'Park Ji-hoon',
  nationality: 'KR',
  passportNumber: 'M12345678',
  title: 'Minister of Science and ICT',
  rank: 'minister' as const,
  role: 'head' as const,
};
const ambassador = {
  ...minister,
  fullName: 'Yamada Taro',
  nationality: 'JP',
  title: 'Ambassador',
  rank: 'ambassador' as const,
};
const journalist = {
  fullName: 'Lee Min-ho',
  nationality: 'KR',
  passportNumber: 'M87654321',
  title: 'Reporter',
  role: 'journalist' as const,
};
const conference = (startsOn: LocalDate, extra: object = {}) => ({
  type: 'conference' as const,
  title: 'Hội thảo nông nghiệp thông minh',
  startsAt: at(startsOn),
  endsAt: at(startsOn, '17:00'),
  ...extra,
});
const ngo = (certificate: object | undefined) => ({
  partner: {
    name: 'Green Earth Foundation',
    country: 'DE',
    type: 'foreign_ngo' as const,
    ngoRegistration: certificate as never,
  },
  topics: ['môi trường'],
});
const validCertificate = {
  certificateNumber: 'GĐK-123/BNG',
  expiresOn: '2027-06-30',
  provinces: ['Hưng Yên', 'Hà Nội'],
  fields: ['môi trường'],
};

interface Scenario {
  name: string;
  registration?: Partial<RegistrationInput>;
  received?: LocalDate;
  /** The local time the request was received (default 10:00). */
  time?: string;
  /** The day of the check (default: the day received). */
  checked?: LocalDate;
  /** Permissions the Office recorded. */
  recorded?: Pick<
    ExternalApproval,
    'kind' | 'authority' | 'documentNumber' | 'documentDate' | 'subject' | 'validUntil'
  >[];
  meetings?: MeetingFacts[];
  /** The visit's booked meetings, as the full check reads them. */
  booked?: BookedMeeting[];
  profile?: RuleProfile;
  rule: string;
  result?: CheckResult;
  severity?: Severity;
  dueDate?: LocalDate;
  overdue?: boolean;
  agencies?: AgencyKey[];
  approvalBy?: string;
  outcome?: ComplianceOutcome;
  says?: string;
  /** Text the finding's legal basis contains. */
  cites?: string;
}

const scenarios: Scenario[] = [
  // LEAD_TIME: the day received is not counted (Bộ luật Dân sự 2015, Điều 147), so 5 full working
  // days before arrival on Monday 14/12/2026 means a request by Friday 04/12/2026.
  {
    name: 'a request on Friday 04/12, 5 full working days before Monday 14/12, is on time',
    received: '2026-12-04',
    rule: 'LEAD_TIME',
    result: 'passed',
  },
  {
    name: 'a request at 23:30 on Friday 04/12 is still received that day: on time',
    received: '2026-12-04',
    time: '23:30',
    rule: 'LEAD_TIME',
    result: 'passed',
  },
  {
    name: 'a request on Monday 07/12 leaves 4 full working days: leadership decides',
    received: '2026-12-07',
    rule: 'LEAD_TIME',
    severity: 'approval_required',
    dueDate: '2026-12-04',
    overdue: true,
    outcome: 'approval_required',
  },
  {
    name: 'a request just after midnight on Saturday 05/12 counts as received on Monday 07/12: late',
    received: '2026-12-05',
    time: '00:30',
    rule: 'LEAD_TIME',
    severity: 'approval_required',
    says: 'ngày 07/12/2026',
  },
  {
    name: 'a request on a holiday counts from the next working day (Monday 31/08/2026 → Thursday 03/09)',
    registration: { visit: visit('2026-09-10') },
    received: '2026-08-31',
    rule: 'LEAD_TIME',
    severity: 'approval_required',
    says: 'ngày 03/09/2026',
  },
  {
    name: "the letter's date received counts, not the day the Office typed it in",
    registration: { sourceLetter: { number: '12/JICA-VN', date: '2026-12-02', receivedOn: '2026-12-04' } },
    received: '2026-12-08',
    rule: 'LEAD_TIME',
    result: 'passed',
  },
  {
    name: 'before National Day 2026 the deadline is the make-up Saturday 22/08 (arrival Thursday 03/09)',
    registration: { visit: visit('2026-09-03') },
    received: '2026-08-24',
    rule: 'LEAD_TIME',
    severity: 'approval_required',
    dueDate: '2026-08-22',
  },
  {
    name: 'the deadline skips a weekend (arrival Wednesday 09/12 → Tuesday 01/12)',
    registration: { visit: visit('2026-12-09') },
    received: '2026-12-03',
    rule: 'LEAD_TIME',
    severity: 'approval_required',
    dueDate: '2026-12-01',
  },
  {
    name: 'a deadline that crosses Tết 2026 moves back before the holiday (arrival 24/02 → 09/02)',
    registration: { visit: visit('2026-02-24') },
    received: '2026-02-11',
    rule: 'LEAD_TIME',
    severity: 'approval_required',
    dueDate: '2026-02-09',
  },
  {
    name: 'a request on 09/02/2026, before Tết, is on time for arrival on 24/02',
    registration: { visit: visit('2026-02-24') },
    received: '2026-02-09',
    rule: 'LEAD_TIME',
    result: 'passed',
  },
  {
    name: 'a swap day (Saturday 10/01/2026) counts as a working day',
    registration: { visit: visit('2026-01-13') },
    received: '2026-01-08',
    rule: 'LEAD_TIME',
    severity: 'approval_required',
    dueDate: '2026-01-06',
  },
  {
    name: 'the 2024 swap day (Saturday 04/05/2024) counts as a working day',
    registration: { visit: visit('2024-05-08') },
    received: '2024-05-03',
    rule: 'LEAD_TIME',
    severity: 'approval_required',
    dueDate: '2024-04-26',
  },
  {
    name: "Hùng Kings' day 07/04/2025 is not a working day",
    registration: { visit: visit('2025-04-09') },
    received: '2025-04-02',
    rule: 'LEAD_TIME',
    severity: 'approval_required',
    dueDate: '2025-03-31',
  },

  // CONFERENCE_PM and CONFERENCE_PROVINCE
  {
    name: 'a conference with a minister needs the Prime Minister, applied for 40 days before',
    registration: { members: [minister], activities: [conference('2026-12-14')] },
    received: '2026-10-01',
    rule: 'CONFERENCE_PM',
    severity: 'action_required',
    dueDate: '2026-11-04',
    overdue: false,
    approvalBy: 'prime-minister',
    // Điều 5: the competent body consults both ministries; the request is a document, not an email.
    agencies: [],
    says: 'Bộ Công an',
    outcome: 'awaiting_permits',
  },
  {
    name: 'a conference with a minister is not for the provincial chairman',
    registration: { members: [minister], activities: [conference('2026-12-14')] },
    received: '2026-10-01',
    rule: 'CONFERENCE_PROVINCE',
    result: 'not_applicable',
  },
  {
    name: 'a conference touching sovereignty needs the Prime Minister even without a minister',
    registration: { topics: ['chủ quyền biển đảo'], activities: [conference('2026-12-14')] },
    received: '2026-10-01',
    rule: 'CONFERENCE_PM',
    severity: 'action_required',
  },
  {
    name: 'an online conference with a minister needs the Prime Minister too',
    registration: { members: [minister], activities: [conference('2026-12-14', { online: true })] },
    received: '2026-10-01',
    rule: 'CONFERENCE_PM',
    severity: 'action_required',
    says: 'trực tuyến',
  },
  {
    name: 'a PM conference requested exactly 40 days before is on time',
    registration: { members: [minister], activities: [conference('2026-12-14')] },
    received: '2026-11-04',
    rule: 'CONFERENCE_PM',
    overdue: false,
  },
  {
    name: 'a PM conference requested 39 days before is late',
    registration: { members: [minister], activities: [conference('2026-12-14')] },
    received: '2026-11-05',
    rule: 'CONFERENCE_PM',
    severity: 'approval_required',
    overdue: true,
    says: 'Ban Giám đốc quyết định lùi ngày tổ chức',
  },
  {
    name: "a PM conference with the Prime Minister's permission recorded is satisfied and shows the document",
    registration: { members: [minister], activities: [conference('2026-12-14')] },
    received: '2026-11-05',
    recorded: [
      {
        kind: 'conference-permission',
        authority: 'prime-minister',
        documentNumber: '1234/TTg-QHQT',
        documentDate: '2026-11-20',
      },
    ],
    rule: 'CONFERENCE_PM',
    severity: 'info',
    says: 'văn bản số 1234/TTg-QHQT ngày 20/11/2026',
    outcome: 'cleared',
  },
  {
    name: "the provincial chairman's permission does not stand in for the Prime Minister's",
    registration: { members: [minister], activities: [conference('2026-12-14')] },
    recorded: [
      {
        kind: 'conference-permission',
        authority: 'provincial-committee',
        documentNumber: '88/UBND-NV',
        documentDate: '2026-11-20',
      },
    ],
    rule: 'CONFERENCE_PM',
    severity: 'action_required',
  },
  {
    name: 'a conference permission still missing on the day of the conference blocks the visit',
    registration: { activities: [conference('2026-12-14')] },
    checked: '2026-12-14',
    rule: 'CONFERENCE_PROVINCE',
    severity: 'blocking',
    outcome: 'blocked',
    says: 'chưa có văn bản',
  },
  {
    name: 'any other conference needs the provincial chairman, applied for 30 days before',
    registration: { activities: [conference('2026-12-14')] },
    received: '2026-11-01',
    rule: 'CONFERENCE_PROVINCE',
    severity: 'action_required',
    // 30 days before 14/12 is Saturday 14/11: a deadline counted back moves to Friday 13/11.
    dueDate: '2026-11-13',
    overdue: false,
    approvalBy: 'provincial-committee',
    // The foreign-affairs body is informed; the chairman gets the Office's document, not an email.
    agencies: ['foreign-affairs'],
    outcome: 'awaiting_permits',
  },
  {
    name: 'a provincial conference requested 29 days before is late',
    registration: { activities: [conference('2026-12-14')] },
    received: '2026-11-15',
    rule: 'CONFERENCE_PROVINCE',
    severity: 'approval_required',
    overdue: true,
  },
  {
    name: 'a conference is reported within 15 days after it ends',
    registration: { activities: [conference('2026-12-14')] },
    rule: 'CONFERENCE_REPORT',
    severity: 'action_required',
    dueDate: '2026-12-29',
    agencies: ['host-unit'],
    says: '18/12/2026',
  },
  {
    name: "a conference after 18 December goes into the next year's report",
    registration: { visit: visit('2026-12-21', '2026-12-22'), activities: [conference('2026-12-21')] },
    rule: 'CONFERENCE_REPORT',
    says: 'trước ngày 18/12/2027',
  },
  {
    name: 'the report on a PM conference is copied to the Ministry of Foreign Affairs',
    registration: { members: [minister], activities: [conference('2026-12-14')] },
    rule: 'CONFERENCE_REPORT',
    agencies: ['host-unit'],
    says: 'đồng gửi Bộ Ngoại giao',
  },

  // SENSITIVE_TOPIC and RELIGIOUS_ACTIVITY
  {
    name: "human rights on the agenda is the Office's task to ask the chairman; police and the Party focal point are told",
    registration: { topics: ['Nhân quyền'] },
    rule: 'SENSITIVE_TOPIC',
    severity: 'action_required',
    agencies: ['police', 'party-external'],
    approvalBy: 'provincial-committee',
    outcome: 'awaiting_permits',
  },
  {
    name: 'sensitive words are found without diacritics too ("ton giao")',
    registration: { purpose: 'Trao doi ve hoat dong ton giao' },
    rule: 'SENSITIVE_TOPIC',
    severity: 'action_required',
    says: 'tôn giáo',
  },
  {
    name: 'an ordinary technical topic is not sensitive',
    rule: 'SENSITIVE_TOPIC',
    result: 'not_applicable',
    outcome: 'cleared',
  },
  {
    name: 'a religious activity needs a dossier to the province 30 days ahead',
    registration: { activities: [{ type: 'religious_activity', title: 'Thăm cơ sở thờ tự' }] },
    rule: 'RELIGIOUS_ACTIVITY',
    severity: 'action_required',
    dueDate: '2026-11-13',
    agencies: ['religious-affairs'],
    // The inviting religious organisation applies (Điều 48.1); nobody is asked to notify itself.
    says: 'tổ chức tôn giáo mời đoàn nộp hồ sơ',
  },
  {
    name: 'a religious activity across several provinces goes to the central body: 45 days',
    registration: { activities: [{ type: 'religious_activity', acrossProvinces: true }] },
    rule: 'RELIGIOUS_ACTIVITY',
    dueDate: '2026-10-30',
    says: 'ở trung ương',
  },
  {
    name: 'a religious organisation as partner with an activity in the province only: 30 days',
    registration: {
      partner: { name: 'Hội Truyền giáo X', country: 'FR', type: 'religious_organisation' },
      activities: [{ type: 'religious_activity' }],
    },
    rule: 'RELIGIOUS_ACTIVITY',
    dueDate: '2026-11-13',
  },

  // NGO_REGISTRATION
  {
    name: 'a foreign NGO without a registration certificate is blocked, and the NGO bodies are told',
    registration: ngo(undefined),
    rule: 'NGO_REGISTRATION',
    severity: 'blocking',
    agencies: ['friendship-union', 'foreign-affairs'],
    outcome: 'blocked',
  },
  {
    name: 'an NGO certificate that expires before the visit ends blocks it',
    registration: ngo({ ...validCertificate, expiresOn: '2026-12-14' }),
    rule: 'NGO_REGISTRATION',
    severity: 'blocking',
    says: 'hết hạn',
  },
  {
    name: 'an NGO certificate that does not cover Hưng Yên blocks the visit',
    registration: ngo({ ...validCertificate, provinces: ['Hà Nội'] }),
    rule: 'NGO_REGISTRATION',
    severity: 'blocking',
    says: 'địa bàn',
  },
  {
    name: 'an NGO certificate for another field blocks the visit',
    registration: ngo({ ...validCertificate, fields: ['y tế'] }),
    rule: 'NGO_REGISTRATION',
    severity: 'blocking',
    says: 'lĩnh vực',
  },
  {
    name: 'a valid NGO certificate for this province and field passes',
    registration: ngo(validCertificate),
    rule: 'NGO_REGISTRATION',
    result: 'passed',
    outcome: 'cleared',
  },
  {
    name: 'a foreign NGO may not hold religious activities',
    registration: { ...ngo(validCertificate), activities: [{ type: 'religious_activity' }] },
    rule: 'NGO_REGISTRATION',
    severity: 'blocking',
    says: 'tôn giáo',
  },
  {
    name: 'a foreign NGO visit about selling products is flagged as profit-making for leadership',
    registration: {
      ...ngo(validCertificate),
      purpose: 'Giới thiệu và bán hàng sản phẩm lọc nước cho môi trường',
    },
    rule: 'NGO_REGISTRATION',
    severity: 'approval_required',
    says: 'bán hàng',
  },
  {
    name: 'a non-profit NGO saying "phi lợi nhuận" is not flagged',
    registration: { ...ngo(validCertificate), purpose: 'Dự án phi lợi nhuận về môi trường' },
    rule: 'NGO_REGISTRATION',
    result: 'passed',
  },
  {
    name: 'a certificate naming Thái Bình covers the merged province, with a note to check the places',
    registration: ngo({ ...validCertificate, provinces: ['Thái Bình'] }),
    rule: 'NGO_REGISTRATION',
    severity: 'action_required',
    outcome: 'cleared',
    says: 'Nghị quyết số 202/2025/QH15',
  },
  {
    name: 'a certificate for "KH&CN" covers a visit on "khoa học và công nghệ"',
    registration: {
      ...ngo({ ...validCertificate, fields: ['KH&CN'] }),
      topics: ['hợp tác khoa học và công nghệ'],
    },
    rule: 'NGO_REGISTRATION',
    result: 'passed',
  },
  {
    name: "an NGO's work plan is due 45 working days after the certificate was received",
    registration: ngo({ ...validCertificate, issuedOn: '2026-09-01', receivedOn: '2026-10-01' }),
    rule: 'NGO_REGISTRATION',
    severity: 'info',
    // 24/11/2026, Ngày Văn hóa Việt Nam, is not a working day.
    dueDate: '2026-12-04',
  },
  {
    name: "an NGO's work plan is due 45 working days after its certificate",
    registration: ngo({ ...validCertificate, issuedOn: '2026-10-01' }),
    rule: 'NGO_REGISTRATION',
    severity: 'info',
    dueDate: '2026-12-04',
  },

  // PRESS_PERMIT and PRESS_CONFERENCE
  {
    name: 'a journalist without a permit must apply 10 working days before entry',
    registration: { members: [jicaVisit().members[0] as never, journalist] },
    rule: 'PRESS_PERMIT',
    severity: 'action_required',
    dueDate: '2026-11-27',
    overdue: false,
    agencies: ['foreign-affairs'],
    approvalBy: 'mofa',
  },
  {
    name: "a press permit recorded by the Office satisfies the journalists' permit",
    registration: { members: [journalist] },
    recorded: [
      { kind: 'press-permit', authority: 'mofa', documentNumber: '567/BNG-TTBC', documentDate: '2026-11-25' },
    ],
    rule: 'PRESS_PERMIT',
    severity: 'info',
    says: '567/BNG-TTBC',
  },
  {
    name: 'a journalist with a recorded permit passes',
    registration: { members: [{ ...journalist, pressPermitNumber: 'BNG-2026-0042' }] },
    rule: 'PRESS_PERMIT',
    result: 'passed',
  },
  {
    name: 'a journalist without a permit, too late to apply, needs leadership',
    registration: { members: [journalist] },
    received: '2026-12-01',
    rule: 'PRESS_PERMIT',
    severity: 'approval_required',
    overdue: true,
  },
  {
    name: 'a press crew counts its members as journalists',
    registration: {
      partner: { name: 'KBS', country: 'KR', type: 'press' },
      members: [{ fullName: 'Choi Yuna', nationality: 'KR', passportNumber: 'M11112222', title: 'Producer' }],
    },
    rule: 'PRESS_PERMIT',
    severity: 'action_required',
  },
  {
    name: "an embassy's press conference is filed 2 working days ahead, copied to the Ministry",
    registration: {
      partner: { name: 'Embassy of Japan', country: 'JP', type: 'diplomatic_mission' },
      activities: [{ type: 'press_conference', startsAt: at('2026-12-15') }],
    },
    rule: 'PRESS_CONFERENCE',
    severity: 'action_required',
    dueDate: '2026-12-10',
    agencies: [],
    says: 'đồng gửi Bộ Ngoại giao',
  },
  {
    name: 'a press conference announced too late needs leadership',
    registration: { activities: [{ type: 'press_conference', startsAt: at('2026-12-15') }] },
    received: '2026-12-14',
    rule: 'PRESS_CONFERENCE',
    severity: 'approval_required',
    overdue: true,
    agencies: [],
  },

  // AGREEMENT_SIGNING and AID_OFFER: checks before the visit, each with its task and due date.
  {
    name: 'an MoU signed during the visit needs the Chairman’s permission, asked for 15 working days before',
    registration: {
      activities: [
        { type: 'agreement_signing', title: 'Biên bản ghi nhớ về nông nghiệp', startsAt: at('2026-12-15') },
      ],
    },
    received: '2026-11-02',
    rule: 'AGREEMENT_SIGNING',
    severity: 'action_required',
    // Fifteen full working days before Tuesday 15/12, 24/11 (Ngày Văn hóa Việt Nam) not counted.
    dueDate: '2026-11-20',
    approvalBy: 'provincial-committee',
    agencies: ['foreign-affairs'],
    says: 'chưa có văn bản cho phép thì không ký',
    outcome: 'awaiting_permits',
    cites: 'Luật số 70/2020/QH14',
  },
  {
    name: 'an agreement asked for too late is leadership’s decision',
    registration: {
      activities: [
        { type: 'agreement_signing', title: 'Biên bản ghi nhớ về nông nghiệp', startsAt: at('2026-12-15') },
      ],
    },
    received: '2026-12-01',
    rule: 'AGREEMENT_SIGNING',
    severity: 'approval_required',
    overdue: true,
    outcome: 'approval_required',
  },
  {
    name: 'aid offered by the partner is accepted only once approved under Nghị định 80/2020',
    registration: {
      activities: [{ type: 'aid_offer', title: '10 máy đo độ ẩm đất', valueVnd: 120_000_000 }],
    },
    received: '2026-11-02',
    rule: 'AID_OFFER',
    severity: 'action_required',
    approvalBy: 'provincial-committee',
    says: 'trị giá 120.000.000 đồng',
    cites: 'Nghị định số 80/2020/NĐ-CP',
  },
  {
    name: 'recorded approval of the aid clears it',
    registration: { activities: [{ type: 'aid_offer', title: '10 máy đo độ ẩm đất' }] },
    recorded: [
      {
        kind: 'aid-approval',
        authority: 'provincial-committee',
        subject: '10 máy đo độ ẩm đất',
        documentNumber: '1234/QĐ-UBND',
        documentDate: '2026-12-01',
      },
    ],
    rule: 'AID_OFFER',
    severity: 'info',
    says: '1234/QĐ-UBND',
    outcome: 'cleared',
  },

  // RESTRICTED_AREA and STATE_SECRETS
  {
    name: 'a visit to a restricted area needs a police permit and informs the military command',
    registration: { itinerary: [{ name: 'Nhà máy Z', restrictedArea: true }] },
    rule: 'RESTRICTED_AREA',
    severity: 'action_required',
    approvalBy: 'police',
    agencies: ['police', 'military'],
    outcome: 'awaiting_permits',
  },
  {
    name: 'a military zone needs the military command’s permit; the police are informed',
    registration: { itinerary: [{ name: 'Khu quân sự K', restrictedArea: true, managedBy: 'military' }] },
    rule: 'RESTRICTED_AREA',
    severity: 'action_required',
    approvalBy: 'military',
    agencies: ['military', 'police'],
    says: 'Bộ Chỉ huy Quân sự tỉnh Hưng Yên quản lý',
  },
  {
    name: 'a police permit does not clear a military zone',
    registration: {
      itinerary: [
        { name: 'Nhà máy Z', restrictedArea: true },
        { name: 'Khu quân sự K', restrictedArea: true, managedBy: 'military' },
      ],
    },
    recorded: [
      {
        kind: 'restricted-area-permit',
        authority: 'police',
        documentNumber: '45/GP-CAT',
        documentDate: '2026-12-01',
      },
    ],
    rule: 'RESTRICTED_AREA',
    severity: 'action_required',
    approvalBy: 'military',
    outcome: 'awaiting_permits',
  },
  {
    name: 'the police entry permit, once recorded, clears the restricted-area finding',
    registration: { itinerary: [{ name: 'Nhà máy Z', restrictedArea: true }] },
    recorded: [
      {
        kind: 'restricted-area-permit',
        authority: 'police',
        documentNumber: '45/GP-CAT',
        documentDate: '2026-12-01',
      },
    ],
    rule: 'RESTRICTED_AREA',
    severity: 'info',
    agencies: [],
    says: '45/GP-CAT',
    outcome: 'cleared',
  },
  {
    name: 'a permit valid only until before the visit does not count',
    registration: { itinerary: [{ name: 'Nhà máy Z', restrictedArea: true }] },
    recorded: [
      {
        kind: 'restricted-area-permit',
        authority: 'police',
        documentNumber: '45/GP-CAT',
        documentDate: '2026-12-01',
        validUntil: '2026-12-05',
      },
    ],
    rule: 'RESTRICTED_AREA',
    severity: 'action_required',
  },
  {
    name: 'the permit needed by Friday 11/12 (the day before a Monday visit) is applied for 5 working days earlier',
    registration: { itinerary: [{ name: 'Nhà máy Z', restrictedArea: true }] },
    received: '2026-12-01',
    checked: '2026-12-02',
    rule: 'RESTRICTED_AREA',
    severity: 'action_required',
    dueDate: '2026-12-03',
    says: 'chậm nhất ngày 03/12/2026 để có giấy phép trước ngày 11/12/2026',
  },
  {
    name: 'a restricted-area permit not recorded by the day before the visit blocks it',
    registration: { itinerary: [{ name: 'Nhà máy Z', restrictedArea: true }] },
    checked: '2026-12-13',
    rule: 'RESTRICTED_AREA',
    severity: 'blocking',
    outcome: 'blocked',
  },
  {
    name: 'an overnight stay inside a restricted area blocks the visit',
    registration: { itinerary: [{ name: 'Khu quân sự K', restrictedArea: true, overnightStay: true }] },
    rule: 'RESTRICTED_AREA',
    severity: 'blocking',
    outcome: 'blocked',
  },
  {
    name: 'a confidential meeting needs written approval before it is held',
    meetings: [{ id: 'm1', title: 'Làm việc về đề tài mật', startsAt: at('2026-12-14'), confidential: true }],
    rule: 'STATE_SECRETS',
    severity: 'action_required',
    // The day before Monday 14/12 is a Sunday: the approval is due on Friday 11/12.
    dueDate: '2026-12-11',
    approvalBy: 'competent-person',
    agencies: [],
    says: 'ghi độ mật của cuộc làm việc',
    outcome: 'awaiting_permits',
  },
  {
    name: 'a meeting booked on 01/01/2027, a day off since the calendar was corrected, is a task for the Office',
    registration: { visit: visit('2026-12-31', '2027-01-04') },
    booked: [{ id: 'M1', title: 'Làm việc với Ban Giám đốc', start: '2027-01-01T09:00:00+07:00' }],
    rule: 'MEETING_ON_DAY_OFF',
    severity: 'action_required',
    dueDate: '2026-12-31',
    agencies: [],
    says: 'Cuộc làm việc "Làm việc với Ban Giám đốc" ngày 01/01/2027 rơi vào ngày nghỉ',
    cites: 'Bộ luật Lao động năm 2019',
  },
  {
    name: 'meetings booked on working days raise nothing',
    registration: { visit: visit('2026-12-31', '2027-01-04') },
    booked: [{ id: 'M1', title: 'Làm việc', start: '2027-01-04T09:00:00+07:00' }],
    rule: 'MEETING_ON_DAY_OFF',
    result: 'passed',
  },
  {
    name: 'a top-secret meeting names the approvers of Điều 16',
    meetings: [
      {
        id: 'm1',
        title: 'Làm việc',
        startsAt: at('2026-12-14'),
        confidential: true,
        secrecyLevel: 'tuyet_mat',
      },
    ],
    rule: 'STATE_SECRETS',
    says: 'Điều 16 Luật Bảo vệ bí mật nhà nước năm 2025 (độ Tuyệt mật)',
  },
  {
    name: 'a confidential meeting before 01/03/2026 falls under the 2018 law, and its finding cites it',
    registration: { visit: visit('2026-02-10') },
    received: '2026-01-05',
    meetings: [{ id: 'm1', title: 'Làm việc', startsAt: at('2026-02-10'), confidential: true }],
    rule: 'STATE_SECRETS',
    severity: 'action_required',
    cites: 'Điều 18 Luật Bảo vệ bí mật nhà nước năm 2018',
  },
  {
    name: 'from 01/03/2026 the 2025 law applies',
    meetings: [{ id: 'm1', title: 'Làm việc', startsAt: at('2026-12-14'), confidential: true }],
    rule: 'STATE_SECRETS',
    severity: 'action_required',
    cites: 'Luật số 117/2025/QH15',
  },
  {
    name: 'a confidential meeting with recorded approval is satisfied and shows it',
    meetings: [
      {
        id: 'm1',
        title: 'Làm việc',
        startsAt: at('2026-12-14'),
        confidential: true,
        secrecyApproval: 'CV 12/SKHCN',
      },
    ],
    rule: 'STATE_SECRETS',
    severity: 'info',
    says: 'CV 12/SKHCN',
  },
  {
    name: 'state secrets mentioned in the topics need written approval',
    registration: { topics: ['bí mật nhà nước'] },
    rule: 'STATE_SECRETS',
    severity: 'action_required',
    approvalBy: 'competent-person',
  },

  // HIGH_LEVEL_RECEPTION and MEMBER_DATA
  {
    name: 'an ambassador is announced to the foreign-affairs body 5 working days ahead',
    registration: { members: [ambassador] },
    rule: 'HIGH_LEVEL_RECEPTION',
    severity: 'action_required',
    dueDate: '2026-12-04',
    agencies: ['foreign-affairs'],
  },
  {
    name: 'a reception by provincial leaders requested late needs leadership',
    registration: { activities: [{ type: 'reception_by_provincial_leaders' }] },
    received: '2026-12-10',
    rule: 'HIGH_LEVEL_RECEPTION',
    severity: 'approval_required',
    overdue: true,
  },
  {
    name: 'a plain visit with a missing passport number gets a warning to fix the data',
    registration: { members: [{ fullName: 'Sato Ken', nationality: 'JP', title: 'Engineer' }] },
    rule: 'MEMBER_DATA',
    severity: 'action_required',
    says: 'số hộ chiếu',
    outcome: 'cleared',
  },
  {
    name: "an ambassador's delegation with a missing passport number is blocked, and says why",
    registration: { members: [ambassador, { fullName: 'Sato Ken', nationality: 'JP', title: 'Attaché' }] },
    rule: 'MEMBER_DATA',
    severity: 'blocking',
    outcome: 'blocked',
    says: 'Bắt buộc vì đoàn có khách cấp cao hoặc được lãnh đạo tỉnh tiếp.',
  },
  {
    name: 'a conference participant without nationality is blocked',
    registration: {
      activities: [conference('2026-12-14')],
      members: [{ fullName: 'Anna Schmidt', passportNumber: 'C01X00T47', title: 'Professor' }],
    },
    rule: 'MEMBER_DATA',
    severity: 'blocking',
    says: 'Bắt buộc vì đoàn dự hội nghị, hội thảo quốc tế.',
  },

  // GUEST_LIST_TO_POLICE and ACCOMMODATION_DECLARATION
  {
    name: 'the guest list goes to the police 4 days before arrival',
    rule: 'GUEST_LIST_TO_POLICE',
    severity: 'action_required',
    dueDate: '2026-12-10',
    overdue: false,
    // The guest list itself goes to them (its own email), not the Office's reminder to send it.
    agencies: [],
  },
  {
    name: 'a guest list already late is still a task, flagged overdue',
    received: '2026-12-11',
    rule: 'GUEST_LIST_TO_POLICE',
    severity: 'action_required',
    overdue: true,
    says: 'Gửi ngay',
  },
  {
    name: 'an overseas Vietnamese association lists for the police only its members of foreign nationality',
    registration: { partner: overseasAssociation, members: [overseasHead, overseasCitizen] },
    rule: 'GUEST_LIST_TO_POLICE',
    severity: 'action_required',
    says: 'của 1 thành viên quốc tịch nước ngoài (thành viên quốc tịch Việt Nam không có trong danh sách) cho',
  },
  {
    name: 'the details the police list lacks are asked of its foreign members only',
    registration: { partner: overseasAssociation, members: [overseasHead, overseasCitizen] },
    rule: 'GUEST_LIST_TO_POLICE',
    says: 'Danh sách gửi Công an còn thiếu: Nguyễn Văn Hùng (giới tính, ngày sinh, ngày hết hạn hộ chiếu, thị thực hoặc giấy tờ nhập cảnh).',
  },
  {
    name: 'overseas Vietnamese travelling on Vietnamese passports send the police no list',
    registration: {
      partner: overseasAssociation,
      members: [{ ...overseasCitizen, role: 'head' }],
      activities: [{ type: 'business_matching', title: 'Kết nối doanh nghiệp Hưng Yên – kiều bào' }],
    },
    rule: 'GUEST_LIST_TO_POLICE',
    result: 'not_applicable',
  },
  {
    name: 'an overnight stay must be declared to the commune police within 12 hours',
    registration: { itinerary: [{ name: 'Khách sạn Phố Hiến', overnightStay: true }] },
    rule: 'ACCOMMODATION_DECLARATION',
    severity: 'action_required',
    dueDate: '2026-12-14',
    agencies: ['host-unit'],
    says: '12 giờ',
  },
  { name: 'a day visit has nothing to declare', rule: 'ACCOMMODATION_DECLARATION', result: 'not_applicable' },

  // POST_VISIT_REPORT and GIFTS
  {
    name: 'the host division reports within 3 days after departure',
    rule: 'POST_VISIT_REPORT',
    severity: 'action_required',
    dueDate: '2026-12-18',
    agencies: ['host-unit'],
  },
  {
    name: 'a report due on New Year 01/01/2027 is due on the next working day, Monday 04/01/2027',
    registration: { visit: visit('2026-12-28', '2026-12-29') },
    rule: 'POST_VISIT_REPORT',
    dueDate: '2027-01-04',
  },
  {
    name: 'after a conference the report is due within 15 days',
    registration: { activities: [conference('2026-12-14')] },
    rule: 'POST_VISIT_REPORT',
    dueDate: '2026-12-30',
  },
  {
    name: 'gifts for a minister-level delegation are capped at the grade B figure',
    registration: { members: [minister], giftsPlanned: true },
    rule: 'GIFTS',
    severity: 'info',
    says: '1.800.000 đồng',
  },
  { name: 'no gifts planned, no advice', rule: 'GIFTS', result: 'not_applicable' },

  // Profiles and dates in force
  {
    name: 'a profile with 10 working days of lead time moves the deadline',
    profile: {
      ...hungYenProfile,
      version: 'test',
      parameters: { ...hungYenProfile.parameters, leadTimeWorkingDays: 10 },
    },
    received: '2026-12-01',
    rule: 'LEAD_TIME',
    severity: 'approval_required',
    dueDate: '2026-11-27',
  },
  {
    name: 'a rule not yet in force on the arrival date is not applied (Nghị định 88/2012, from 20/12/2012)',
    registration: { visit: visit('2012-12-19'), activities: [{ type: 'press_conference' }] },
    received: '2012-11-01',
    rule: 'PRESS_CONFERENCE',
    result: 'not_in_force',
  },
  {
    name: 'a conference before Quyết định 06/2020 took effect (15/04/2020) is not checked against it',
    registration: {
      visit: visit('2020-04-14'),
      activities: [{ type: 'conference', startsAt: at('2020-04-14', '09:00') }],
    },
    received: '2020-02-01',
    rule: 'CONFERENCE_PROVINCE',
    result: 'not_in_force',
  },
];

/**
 * A delegation has exactly one head: where a scenario names none, its first plain member leads,
 * or (a press crew) the JICA fixture's head joins it.
 */
function withHead(input: RegistrationInput): RegistrationInput {
  if (input.members.some((member) => member.role === 'head')) return input;
  const plain = input.members.findIndex((member) => (member.role ?? 'member') === 'member');
  if (plain < 0) return { ...input, members: [jicaVisit().members[0] as never, ...input.members] };
  return {
    ...input,
    members: input.members.map((member, index) => (index === plain ? { ...member, role: 'head' } : member)),
  };
}

function run(scenario: Scenario) {
  const registration = registrationSchema.parse(withHead(jicaVisit({ ...base, ...scenario.registration })));
  const receivedAt = at(scenario.received ?? '2026-10-01', scenario.time ?? '10:00');
  const office = { sub: 'office-1', roles: ['office'] };
  const delegation = {
    ...newDelegation(registration, 'D-TEST', new Date(receivedAt), office),
    approvals: (scenario.recorded ?? []).map((record, index) => ({
      ...record,
      id: `A${index}`,
      issuingBody: 'Cơ quan cấp',
      recordedBy: office,
      recordedAt: receivedAt,
    })),
  };
  return checkCompliance(delegation, {
    profile: scenario.profile ?? hungYenProfile,
    receivedAt,
    checkedAt: scenario.checked ? at(scenario.checked, '08:00') : receivedAt,
    meetings: scenario.meetings,
    scheduledMeetings: scenario.booked,
    rules,
  });
}

describe('Compliance rules', () => {
  it.each(scenarios.map((scenario) => [scenario.rule, scenario.name, scenario] as const))(
    '%s: %s',
    (_, __, scenario) => {
      const report = run(scenario);
      const result = report.checks.find((check) => check.ruleId === scenario.rule)?.result;
      if (scenario.result) expect(result).toBe(scenario.result);
      if (scenario.outcome) expect(report.outcome).toBe(scenario.outcome);
      const findings = report.findings.filter(
        (finding) =>
          finding.ruleId === scenario.rule && (!scenario.severity || finding.severity === scenario.severity),
      );
      const wantsFinding = ['severity', 'dueDate', 'overdue', 'agencies', 'approvalBy', 'says', 'cites'].some(
        (field) => scenario[field as keyof Scenario] !== undefined,
      );
      if (!wantsFinding) return;
      expect(findings.length, `a ${scenario.severity ?? ''} finding of ${scenario.rule}`).toBeGreaterThan(0);
      const finding =
        findings.find((f) => !scenario.says || f.message.includes(scenario.says)) ?? findings[0];
      if (scenario.dueDate) expect(finding?.dueDate).toBe(scenario.dueDate);
      if (scenario.overdue !== undefined) expect(finding?.overdue ?? false).toBe(scenario.overdue);
      if (scenario.agencies) expect(finding?.agencies).toEqual(scenario.agencies);
      if (scenario.approvalBy)
        expect(finding?.approvals.map((approval) => approval.authority)).toContain(scenario.approvalBy);
      if (scenario.says) expect(finding?.message).toContain(scenario.says);
      if (scenario.cites) expect(finding?.citation).toContain(scenario.cites);
    },
  );

  it('covers every rule of the regulations reference', () => {
    const covered = new Set(scenarios.map((scenario) => scenario.rule));
    const ruleIds = run(scenarios[0] as Scenario).checks.map((check) => check.ruleId);
    expect(ruleIds).toHaveLength(20);
    for (const id of ruleIds) expect(covered, id).toContain(id);
  });

  it('records the profile version it used and the protocol grade with the rates of Thông tư 35/2026/TT-BTC', () => {
    const report = run({
      name: 'grade',
      rule: 'GIFTS',
      registration: { members: [minister], vietnameseSidePays: true },
    });
    expect(report.profile).toEqual({ id: 'hung-yen', version: hungYenProfile.version });
    expect(report.grade).toEqual({
      grade: 'B',
      circular: 'TT-35-2026-BTC',
      mealAllowanceVnd: 2_000_000,
      giftCapVnd: 1_800_000,
      verified: true,
    });
  });

  it('keeps the meal rates of Thông tư 71/2018/TT-BTC for a visit that ended before 18/05/2026', () => {
    const report = run({
      name: 'old rates',
      rule: 'GIFTS',
      registration: { members: [minister], visit: visit('2026-05-15'), vietnameseSidePays: true },
      received: '2026-05-01',
    });
    expect(report.grade).toMatchObject({
      grade: 'B',
      circular: 'TT-71-2018-BTC',
      mealAllowanceVnd: 1_000_000,
    });
    const spanning = run({
      name: 'across the change',
      rule: 'GIFTS',
      registration: {
        members: [minister],
        visit: visit('2026-05-15', '2026-05-18'),
        vietnameseSidePays: true,
      },
      received: '2026-05-01',
    });
    expect(spanning.grade).toMatchObject({ circular: 'TT-35-2026-BTC', mealAllowanceVnd: 2_000_000 });
  });

  it('budgets a head without an official rank as "khách mời quốc tế khác" at 1.200.000 đồng a day', () => {
    const head = jicaVisit().members[0] as RegistrationInput['members'][number];
    const report = run({
      name: 'other guests',
      rule: 'GIFTS',
      registration: {
        members: [{ ...head, rank: 'other' }],
        hospitality: { costSharing: 'department_pays' },
      },
    });
    expect(report.grade).toMatchObject({ grade: 'other', mealAllowanceVnd: 1_200_000 });
  });

  it('reads the older switch: the Vietnamese side not paying means the guests pay meals and rooms', () => {
    const report = run({
      name: 'grade',
      rule: 'GIFTS',
      registration: { members: [minister], vietnameseSidePays: false },
    });
    expect(report.grade.mealAllowanceVnd).toBeNull();
    const paid = run({
      name: 'grade',
      rule: 'GIFTS',
      registration: {
        members: [minister],
        vietnameseSidePays: false,
        hospitality: { costSharing: 'department_pays' },
      },
    });
    expect(paid.grade.mealAllowanceVnd).toBe(2_000_000);
  });

  it('takes the grade from the head of the delegation, not its highest-ranking member', () => {
    const head = jicaVisit().members[0] as RegistrationInput['members'][number];
    const report = run({
      name: 'head',
      rule: 'GIFTS',
      registration: {
        members: [
          { ...head, rank: 'ambassador' },
          { ...minister, role: 'member' },
        ],
      },
    });
    expect(report.grade.grade).toBe('C');
  });

  it('caps the gift for the head of a B delegation; anyone else only in a special case (khoản 2 Điều 12)', () => {
    const report = run({
      name: 'gifts',
      rule: 'GIFTS',
      registration: { members: [minister], giftsPlanned: true },
    });
    const gifts = report.findings.find((finding) => finding.ruleId === 'GIFTS');
    expect(gifts?.message).toContain('trưởng đoàn (khách hạng B): tối đa 1.800.000 đồng');
    expect(gifts?.message).toContain('chỉ được tặng quà trong trường hợp đặc biệt do Giám đốc Sở quyết định');
    expect(gifts?.citation).toBe('khoản 2 Điều 12 Thông tư số 35/2026/TT-BTC');
    const ambassadorGifts = run({
      name: 'gifts',
      rule: 'GIFTS',
      registration: { members: [ambassador], giftsPlanned: true },
    }).findings.find((finding) => finding.ruleId === 'GIFTS');
    expect(ambassadorGifts?.message).toContain('trưởng đoàn không thuộc diện tặng quà theo định mức');
  });

  const business = { name: 'Samsung', country: 'KR', type: 'foreign_business' } as const;
  it.each([
    ['head_of_state', undefined, 'special'],
    ['vice_president', undefined, 'special'],
    ['un_secretary_general', undefined, 'special'],
    ['parliament_vice_chair', undefined, 'A'],
    ['deputy_prime_minister', undefined, 'A'],
    ['foreign_minister', undefined, 'A'],
    ['head_of_major_international_organisation', undefined, 'A'],
    ['minister', undefined, 'B'],
    ['deputy_minister', undefined, 'B'],
    ['deputy_head_of_intergovernmental_organisation', undefined, 'B'],
    ['ambassador', undefined, 'C'],
    ['department_leader', undefined, 'C'],
    ['staff', undefined, 'C'],
    ['head_of_international_organisation', undefined, 'decided_by_chairman'],
    ['staff', business, 'other'],
    ['other', undefined, 'other'],
  ] as const)('a delegation led by a %s (%o) is graded %s', (rank, partner, grade) => {
    const report = run({
      name: rank,
      rule: 'GIFTS',
      registration: { members: [{ ...minister, rank }], ...(partner ? { partner } : {}) },
    });
    expect(report.grade.grade).toBe(grade);
  });

  it('says when the holiday calendar of the visit year is only a projection', () => {
    expect(
      run({
        name: 'official',
        rule: 'LEAD_TIME',
        registration: { visit: visit('2025-06-10') },
        received: '2025-05-01',
      }).holidayCalendarOfficial,
    ).toBe(true);
    expect(
      run({
        name: 'projected',
        rule: 'LEAD_TIME',
        registration: { visit: visit('2027-01-20') },
        received: '2026-12-01',
      }).holidayCalendarOfficial,
    ).toBe(false);
  });
});
