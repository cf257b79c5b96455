import { formatVietnameseDate } from '../../compliance/calendar';
import type { Delegation } from '../../domain/delegation';
import { foreignersOf } from '../../domain/foreigners';
import { entryDocumentNames, memberRoleNames, sexNames } from '../../domain/vietnamese-names';
import { countryName, dateTimeVi } from '../../notifications/vietnamese';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import { citer } from '../legal-documents';
import { reportToDirector, signatureFor } from '../signing';
import {
  agencyName,
  basisLines,
  departmentHeading,
  ending,
  headPhrase,
  meetingHeaders,
  meetingRows,
  meetingWidths,
  officeHosts,
  partnerLetter,
  partnerPhrase,
  type VisitFacts,
  visitPeriod,
} from '../visit-facts';

type Member = Delegation['members'][number];

const yesNo = (value: boolean) => (value ? 'Có' : 'Không');
const date = (value: string | undefined) => (value ? formatVietnameseDate(value) : '');

/** "Thị thực số V123, đến 30/06/2027; nhập cảnh 04/01/2027 qua Nội Bài". */
function entryOf(member: Member): string {
  const entry = member.entry;
  if (!entry) return '';
  return [
    `${entryDocumentNames[entry.document]}${entry.number ? ` số ${entry.number}` : ''}${entry.validUntil ? `, đến ${date(entry.validUntil)}` : ''}`,
    entry.enteredOn || entry.port
      ? `nhập cảnh${entry.enteredOn ? ` ${date(entry.enteredOn)}` : ''}${entry.port ? ` qua ${entry.port}` : ''}`
      : '',
  ]
    .filter(Boolean)
    .join('; ');
}

const passportOf = (member: Member) =>
  member.passportNumber
    ? `${member.passportNumber}${member.passportExpiresOn ? ` (hạn ${date(member.passportExpiresOn)})` : ''}`
    : '';

/**
 * Công văn to the provincial police, copied to the foreign-affairs body: the formal notice of the guest
 * list, with full passport numbers and the details the police record (sex, date of birth, passport
 * expiry, visa and entry), where the delegation goes and what it does. The email they received before
 * was advance information; this signed letter is the notice.
 */
export function guestListPolice(facts: VisitFacts): AdminDocument {
  const { delegation, issuer } = facts;
  const police = agencyName(facts, 'police');
  const foreignAffairs = agencyName(facts, 'foreign-affairs');
  const cite = citer();
  const basis = basisLines([cite('LUAT-47-2014-QH13'), partnerLetter(delegation)]);
  // The notice is of foreigners: a member of Vietnamese nationality (an overseas Vietnamese on a Vietnamese passport) is not on it.
  const listed = foreignersOf(delegation.members);
  const body: Block[] = [
    paragraph(
      `${issuer.fullName} trân trọng thông báo: đoàn ${partnerPhrase(delegation)} do ${headPhrase(delegation)} làm trưởng đoàn, gồm ${delegation.members.length} thành viên, đến làm việc tại Sở ${visitPeriod(delegation)} (đến lúc ${dateTimeVi(delegation.visit.arrival)}, rời lúc ${dateTimeVi(delegation.visit.departure)}).`,
    ),
    paragraph(`Mục đích chuyến thăm: ${ending(delegation.purpose)}`),
    heading(
      listed.length === delegation.members.length
        ? '1. Danh sách thành viên đoàn'
        : `1. Danh sách thành viên đoàn quốc tịch nước ngoài (${listed.length} người)`,
    ),
    {
      kind: 'table',
      headers: [
        'STT',
        'Họ và tên',
        'Giới tính',
        'Ngày sinh',
        'Quốc tịch',
        'Số hộ chiếu',
        'Thị thực, nhập cảnh',
        'Chức danh',
      ],
      rows: listed.map((member, index) => [
        String(index + 1),
        member.fullName,
        member.sex ? sexNames[member.sex] : '',
        date(member.dateOfBirth),
        member.nationality ? countryName(member.nationality) : '',
        passportOf(member),
        entryOf(member),
        member.role === 'head' || member.role === 'member'
          ? (member.titleVi ?? member.title ?? '')
          : [member.titleVi ?? member.title, memberRoleNames[member.role]].filter(Boolean).join(', '),
      ]),
      widths: [6, 18, 8, 11, 11, 14, 16, 16],
    },
  ];
  if (delegation.itinerary.length) {
    body.push(heading('2. Lịch trình, địa điểm đến'), {
      kind: 'table',
      headers: ['STT', 'Địa điểm', 'Địa chỉ', 'Khu vực cấm', 'Lưu trú qua đêm'],
      rows: delegation.itinerary.map((place, index) => [
        String(index + 1),
        place.name,
        place.address ?? '',
        yesNo(place.restrictedArea),
        yesNo(place.overnightStay),
      ]),
      widths: [7, 29, 34, 14, 16],
    });
  }
  if (facts.meetings.length) {
    body.push(heading(`${delegation.itinerary.length ? 3 : 2}. Chương trình làm việc tại Sở`), {
      kind: 'table',
      headers: meetingHeaders,
      rows: meetingRows(facts),
      widths: meetingWidths,
    });
  }
  body.push(
    paragraph(
      `${issuer.fullName} đề nghị ${police} phối hợp quản lý, bảo đảm an ninh, trật tự trong thời gian đoàn làm việc tại địa phương; đề nghị ${foreignAffairs} theo dõi, tổng hợp theo quy định.`,
    ),
    paragraph('Trân trọng./.'),
  );
  const signer = facts.options.signer;
  return {
    ...departmentHeading(facts),
    subject: 'thông báo danh sách khách nước ngoài đến làm việc',
    addressees: [police, foreignAffairs],
    basis,
    body,
    signer: signatureFor('guest-list-police', issuer, signer),
    recipients: [
      'Như trên',
      ...reportToDirector(signer),
      ...(officeHosts(facts) ? [] : [facts.hostDivisionName]),
      `Lưu: VT, ${issuer.office.abbreviation}.`,
    ],
    fileTitle: `Công văn gửi ${police}: danh sách đoàn ${partnerPhrase(delegation)}`,
  };
}
