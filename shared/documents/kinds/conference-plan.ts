import { formatVietnameseDate, formatVietnamesePeriod, localDateOf } from '../../compliance/calendar';
import { formatVnd } from '../../compliance/text';
import type { Delegation } from '../../domain/delegation';
import { ConflictError } from '../../domain/errors';
import { countryName, timeVi } from '../../notifications/vietnamese';
import { type AdminDocument, type Block, heading, paragraph } from '../admin-document';
import { citer } from '../legal-documents';
import { reportToDirector, signatureFor } from '../signing';
import {
  agencyName,
  basisLines,
  departmentHeading,
  ending,
  meetingHeaders,
  meetingRows,
  meetingWidths,
  officeHosts,
  partnerLetter,
  partnerPhrase,
  type VisitFacts,
} from '../visit-facts';

type Conference = Delegation['activities'][number];

/** A gap the Office fills in by hand where the registration does not hold the fact. */
const BLANK = '…………………………';

/** The visit's conference: the one named, or its first. */
export function conferenceOf(delegation: Delegation, title?: string): Conference | undefined {
  const conferences = delegation.activities.filter((activity) => activity.type === 'conference');
  return (
    conferences.find((conference) => title !== undefined && conference.title === title) ?? conferences[0]
  );
}

/** "Hội thảo quốc tế về vật liệu mới", or a generic name wrapped around a title that lacks one. */
export function conferenceTitle(conference: Conference | undefined): string {
  const title = conference?.title?.trim();
  if (!title) return 'hội nghị, hội thảo quốc tế';
  return /^(hội nghị|hội thảo|diễn đàn|tọa đàm)/iu.test(title) ? title : `hội thảo quốc tế "${title}"`;
}

function when(conference: Conference, delegation: Delegation): string {
  const starts = conference.startsAt ?? delegation.visit.arrival;
  const ends = conference.endsAt;
  const from = localDateOf(starts);
  if (!ends) return `${timeVi(starts)} ngày ${formatVietnameseDate(from)}`;
  if (localDateOf(ends) === from)
    return `từ ${timeVi(starts)} đến ${timeVi(ends)} ngày ${formatVietnameseDate(from)}`;
  return formatVietnamesePeriod(from, localDateOf(ends));
}

/**
 * Đề án tổ chức hội nghị, hội thảo quốc tế: the plan the request for permission carries (Quyết định
 * 06/2020/QĐ-TTg, Điều 4.1): purpose, time, place, organisers, participants with the foreign ones,
 * content and programme, funding and its source, security and information.
 */
export function conferencePlan(facts: VisitFacts): AdminDocument {
  const { delegation, issuer } = facts;
  const conference = conferenceOf(delegation);
  if (!conference)
    throw new ConflictError('This visit holds no international conference to draft a plan for.');
  const title = conferenceTitle(conference);
  const cite = citer();
  const basis = basisLines([cite('QD-06-2020-TTg'), partnerLetter(delegation)]);
  const foreign = delegation.members;
  const participants = conference.participants;
  const sensitive = facts.report?.findings.some((finding) => finding.ruleId === 'SENSITIVE_TOPIC') ?? false;
  const body: Block[] = [
    heading('I. SỰ CẦN THIẾT VÀ MỤC ĐÍCH'),
    paragraph(ending(delegation.purpose)),
    heading('II. TÊN GỌI, THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC'),
    paragraph(`1. Tên gọi: ${ending(title)}`),
    paragraph(`2. Thời gian: ${ending(when(conference, delegation))}`),
    paragraph(`3. Địa điểm: ${ending(conference.venue ?? BLANK)}`),
    paragraph(`4. Hình thức: ${conference.online ? 'trực tuyến, có điểm cầu tại Việt Nam' : 'trực tiếp'}.`),
    heading('III. CƠ QUAN TỔ CHỨC, PHỐI HỢP'),
    paragraph(`1. Cơ quan tổ chức: ${issuer.fullName}.`),
    paragraph(`2. Đối tác nước ngoài: ${ending(partnerPhrase(delegation))}`),
    paragraph(
      `3. Cơ quan phối hợp: ${ending(conference.organisers?.length ? conference.organisers.join('; ') : BLANK)}`,
    ),
    heading('IV. THÀNH PHẦN THAM DỰ'),
    paragraph(
      participants
        ? `Dự kiến ${participants.vietnamese + participants.foreign} đại biểu, trong đó ${participants.vietnamese} đại biểu Việt Nam và ${participants.foreign} đại biểu nước ngoài.`
        : `Dự kiến ${BLANK} đại biểu, trong đó ${BLANK} đại biểu Việt Nam và ${BLANK} đại biểu nước ngoài.`,
    ),
    paragraph(`Đại biểu nước ngoài thuộc đoàn ${partnerPhrase(delegation)}:`),
    {
      kind: 'table',
      headers: ['STT', 'Họ và tên', 'Quốc tịch', 'Chức danh'],
      rows: foreign.map((member, index) => [
        String(index + 1),
        member.fullName,
        member.nationality ? countryName(member.nationality) : '',
        member.titleVi ?? member.title ?? '',
      ]),
      widths: [8, 34, 20, 38],
    },
    heading('V. NỘI DUNG, CHƯƠNG TRÌNH'),
    paragraph(
      conference.agenda
        ? ending(conference.agenda)
        : delegation.topics.length
          ? `Nội dung chính: ${ending(delegation.topics.join('; '))}`
          : ending(BLANK),
    ),
    ...(facts.meetings.length
      ? [
          paragraph('Chương trình làm việc của đoàn tại Sở:'),
          {
            kind: 'table',
            headers: meetingHeaders,
            rows: meetingRows(facts),
            widths: meetingWidths,
          } satisfies Block,
        ]
      : []),
    heading('VI. KINH PHÍ'),
    paragraph(
      conference.funding
        ? `Nguồn kinh phí: ${ending(conference.funding.source, '')}${conference.funding.amountVnd !== undefined ? `; dự toán ${formatVnd(conference.funding.amountVnd)}` : ''}. Mức chi theo ${cite('TT-35-2026-BTC')}.`
        : `Nguồn kinh phí: ${BLANK}; mức chi theo ${cite('TT-35-2026-BTC')}.`,
    ),
    heading('VII. BẢO ĐẢM AN NINH, TRẬT TỰ VÀ CÔNG TÁC THÔNG TIN'),
    paragraph(
      `Sở phối hợp với ${agencyName(facts, 'police')} bảo đảm an ninh, trật tự; quản lý nội dung tài liệu, phát biểu tại hội thảo theo đúng nội dung được phép.`,
    ),
    paragraph(
      sensitive
        ? 'Không tổ chức họp báo, không đưa tin về hội thảo trên các phương tiện thông tin đại chúng.'
        : conference.mediaCoverage
          ? 'Thông tin về hội thảo được đăng trên Cổng thông tin điện tử của Sở sau khi Lãnh đạo Sở duyệt nội dung.'
          : 'Không tổ chức họp báo; thông tin về kết quả hội thảo do Lãnh đạo Sở quyết định.',
    ),
    heading('VIII. TỔ CHỨC THỰC HIỆN'),
    paragraph(
      officeHosts(facts)
        ? '- Văn phòng Sở chủ trì chuẩn bị nội dung, tài liệu, hậu cần và báo cáo kết quả hội thảo theo quy định.'
        : `- ${facts.hostDivisionName} chủ trì chuẩn bị nội dung, tài liệu và báo cáo kết quả hội thảo theo quy định.`,
    ),
    ...(officeHosts(facts)
      ? []
      : [paragraph('- Văn phòng Sở chuẩn bị hậu cần, phối hợp các cơ quan liên quan và bảo đảm kinh phí.')]),
  ];
  return {
    ...departmentHeading(facts, 'ĐA'),
    typeName: 'ĐỀ ÁN',
    subject: `Tổ chức ${title}`,
    addressees: [],
    basis,
    body,
    signer: signatureFor('conference-plan', issuer, facts.options.signer),
    recipients: [
      `${agencyName(facts, 'provincial-committee')} (để b/c)`,
      ...reportToDirector(facts.options.signer),
      ...(officeHosts(facts) ? [] : [facts.hostDivisionName]),
      `Lưu: VT, ${issuer.office.abbreviation}.`,
    ],
    fileTitle: `Đề án tổ chức ${title}`,
  };
}
