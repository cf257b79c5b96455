import { memberRoleNames } from '../../domain/vietnamese-names';
import { countryName, dateTimeVi } from '../../notifications/vietnamese';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import {
  agencyName,
  departmentHeading,
  headPhrase,
  meetingHeaders,
  meetingRows,
  meetingWidths,
  partnerPhrase,
  signerBlock,
  type VisitFacts,
  visitPeriod,
} from '../visit-facts';

const yesNo = (value: boolean) => (value ? 'Có' : 'Không');

/**
 * Công văn to the provincial police: the guest list with full passport numbers (this letter is for
 * the police, who check foreigners' entry and residence) and where the delegation goes.
 */
export function guestListPolice(facts: VisitFacts): AdminDocument {
  const { delegation, issuer } = facts;
  const police = agencyName(facts, 'police');
  const body: Block[] = [
    paragraph(
      `${issuer.fullName} thông báo: đoàn ${partnerPhrase(delegation)} do ${headPhrase(delegation)} làm trưởng đoàn, gồm ${delegation.members.length} thành viên, đến làm việc tại Sở ${visitPeriod(delegation)} (đến lúc ${dateTimeVi(delegation.visit.arrival)}, rời lúc ${dateTimeVi(delegation.visit.departure)}).`,
    ),
    paragraph(`Mục đích: ${delegation.purpose}`),
    heading('1. Danh sách thành viên đoàn'),
    {
      kind: 'table',
      headers: ['STT', 'Họ và tên', 'Quốc tịch', 'Số hộ chiếu', 'Chức danh', 'Vai trò trong đoàn'],
      rows: delegation.members.map((member, index) => [
        String(index + 1),
        member.fullName,
        countryName(member.nationality),
        member.passportNumber ?? 'Chưa có',
        member.titleVi ?? member.title ?? '',
        memberRoleNames[member.role],
      ]),
      widths: [7, 25, 14, 16, 22, 16],
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
      `${issuer.fullName} đề nghị ${police} phối hợp quản lý, bảo đảm an ninh, trật tự trong thời gian đoàn làm việc tại địa phương. Thông tin liên hệ: Văn phòng Sở Khoa học và Công nghệ.`,
    ),
    paragraph(`Trân trọng./.`),
  );
  return {
    ...departmentHeading(facts),
    subject: `Thông báo danh sách đoàn khách nước ngoài đến làm việc`,
    addressees: [police],
    body,
    signer: signerBlock(issuer.head, facts.options.signer),
    recipients: ['Như trên', 'Giám đốc Sở (để b/c)', `Lưu: VT, ${issuer.office.abbreviation}.`],
    fileTitle: `Công văn gửi ${police}: danh sách đoàn ${partnerPhrase(delegation)}`,
  };
}
