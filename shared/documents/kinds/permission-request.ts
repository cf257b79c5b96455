import type { RequiredApproval } from '../../compliance/finding';
import { chairmanOf } from '../../domain/agencies';
import { ConflictError } from '../../domain/errors';
import type { ApprovalKind } from '../../domain/external-approval';
import { type AdminDocument, type Block, paragraph } from '../admin-document';
import { citer, type LegalDocumentKey } from '../legal-documents';
import { reportToDirector, signatureFor } from '../signing';
import {
  agencyName,
  basisLines,
  departmentHeading,
  ending,
  headPhrase,
  partnerLetter,
  partnerPhrase,
  type VisitFacts,
  visitPeriod,
} from '../visit-facts';
import { conferenceOf, conferenceTitle } from './conference-plan';

type Asked = 'conference' | 'conference-pm' | 'content' | 'religion' | 'reception' | 'agreement' | 'aid';

/** One thing the letter asks the Provincial People's Committee for. */
export interface CommitteeRequest {
  asked: Asked;
  /** The activity's title, where the visit may have several of its kind. */
  subject?: string;
  basis: LegalDocumentKey;
  /** The article, once the document has been named in full. */
  article?: string;
}

const askedOf: Partial<Record<ApprovalKind, Asked>> = {
  'conference-permission': 'conference',
  'content-approval': 'content',
  'religious-acceptance': 'religion',
  'agreement-permission': 'agreement',
  'aid-approval': 'aid',
};

const bases: Record<Asked, { basis: LegalDocumentKey; article?: string }> = {
  conference: { basis: 'QD-06-2020-TTg', article: 'khoản 2 Điều 3 và điểm a khoản 1 Điều 4' },
  'conference-pm': { basis: 'QD-06-2020-TTg', article: 'khoản 1 Điều 3 và điểm a khoản 1 Điều 4' },
  content: { basis: 'QD-1755-TU' },
  religion: { basis: 'LUAT-TNTG-2016', article: 'Điều 48' },
  reception: { basis: 'QD-1755-TU' },
  agreement: { basis: 'LUAT-70-2020-QH14' },
  aid: { basis: 'ND-80-2020' },
};

/**
 * What goes through the Provincial People's Committee: what it decides, and a conference the Prime
 * Minister permits, which the Committee submits.
 */
const committeeDecides = (approval: RequiredApproval) =>
  approval.kind === 'conference-permission' ||
  approval.kind === 'content-approval' ||
  approval.kind === 'agreement-permission' ||
  approval.kind === 'aid-approval' ||
  (approval.kind === 'religious-acceptance' && approval.authority === 'religious-affairs');

/** What the visit needs from the Provincial People's Committee and is still missing, from the latest report. */
export function committeeRequests(facts: Pick<VisitFacts, 'report' | 'delegation'>): CommitteeRequest[] {
  const report = facts.report;
  if (!report) return [];
  const open = report.requiredApprovals.filter(
    (approval) => !approval.recorded && committeeDecides(approval),
  );
  const requests: CommitteeRequest[] = open.flatMap((approval) => {
    const kind = approval.kind && askedOf[approval.kind];
    if (!kind) return [];
    const asked = kind === 'conference' && approval.authority === 'prime-minister' ? 'conference-pm' : kind;
    return [{ asked, subject: approval.subject, ...bases[asked] }];
  });
  if (report.findings.some((finding) => finding.ruleId === 'HIGH_LEVEL_RECEPTION'))
    requests.push({ asked: 'reception', ...bases.reception });
  return requests;
}

const quoted = (title: string | undefined, fallback: string) => (title ? `${fallback} "${title}"` : fallback);

/** The request as the subject line names it ("đề nghị cho phép tổ chức hội thảo quốc tế …"). */
function subjectOf(request: CommitteeRequest, facts: VisitFacts): string {
  switch (request.asked) {
    case 'conference':
      return `đề nghị cho phép tổ chức ${conferenceTitle(conferenceOf(facts.delegation, request.subject))}`;
    case 'conference-pm':
      return `đề nghị trình Thủ tướng Chính phủ cho phép tổ chức ${conferenceTitle(conferenceOf(facts.delegation, request.subject))}`;
    case 'content':
      return `xin ý kiến về nội dung làm việc với đoàn ${partnerPhrase(facts.delegation)}`;
    case 'religion':
      return 'báo cáo hoạt động tôn giáo của đoàn';
    case 'reception':
      return `đề nghị Lãnh đạo Ủy ban nhân dân tỉnh tiếp đoàn ${partnerPhrase(facts.delegation)}`;
    case 'agreement':
      return `đề nghị cho phép ký ${quoted(request.subject, 'thỏa thuận hợp tác')}`;
    case 'aid':
      return `đề nghị phê duyệt tiếp nhận ${request.subject ?? 'khoản viện trợ'}`;
  }
}

/** One numbered paragraph per request: what is asked, on which article. */
function requestParagraph(
  request: CommitteeRequest,
  facts: VisitFacts,
  cite: ReturnType<typeof citer>,
): string {
  const basis = `theo quy định tại ${cite(request.basis, request.article)}`;
  switch (request.asked) {
    case 'conference':
      return `Cho phép Sở Khoa học và Công nghệ tổ chức ${conferenceTitle(conferenceOf(facts.delegation, request.subject))} ${basis}. Nội dung, thành phần, chương trình và kinh phí tổ chức nêu tại Đề án kèm theo.`;
    case 'conference-pm':
      return `Trình Thủ tướng Chính phủ cho phép tổ chức ${conferenceTitle(conferenceOf(facts.delegation, request.subject))} ${basis}; Bộ Ngoại giao và Bộ Công an được lấy ý kiến theo Điều 5 của Quyết định. Nội dung, thành phần, chương trình và kinh phí tổ chức nêu tại Đề án kèm theo.`;
    case 'content':
      return `Cho ý kiến về nội dung làm việc với đoàn (mục đích: ${ending(facts.delegation.purpose, '')}) ${basis}.`;
    case 'religion':
      return `Đoàn có hoạt động tôn giáo trong chương trình; tổ chức tôn giáo mời đoàn là bên nộp hồ sơ đề nghị ${basis}. Sở Khoa học và Công nghệ báo cáo để Ủy ban nhân dân tỉnh nắm và chỉ đạo.`;
    case 'reception':
      return `Bố trí Lãnh đạo Ủy ban nhân dân tỉnh tiếp đoàn ${basis}.`;
    case 'agreement':
      return `Cho phép Sở Khoa học và Công nghệ ký ${quoted(request.subject, 'thỏa thuận hợp tác')} với ${partnerPhrase(facts.delegation)} ${basis}. Dự thảo thỏa thuận bằng tiếng Việt và tiếng nước ngoài gửi kèm.`;
    case 'aid':
      return `Phê duyệt việc tiếp nhận ${request.subject ?? 'khoản viện trợ'} do ${partnerPhrase(facts.delegation)} trao tặng ${basis}.`;
  }
}

/** The documents sent with the letter. */
function enclosures(requests: readonly CommitteeRequest[], facts: VisitFacts): string[] {
  return [
    ...requests
      .filter((request) => request.asked === 'conference' || request.asked === 'conference-pm')
      .map((request) => `Đề án tổ chức ${conferenceTitle(conferenceOf(facts.delegation, request.subject))}`),
    'Danh sách thành viên đoàn',
    ...(facts.meetings.length ? ['Chương trình làm việc dự kiến'] : []),
    ...(requests.some((request) => request.asked === 'agreement') ? ['Dự thảo thỏa thuận'] : []),
    ...(facts.delegation.sourceLetter ? [`Bản sao ${partnerLetter(facts.delegation)}`] : []),
  ];
}

/**
 * Công văn to the Provincial People's Committee asking for each permission the compliance report
 * names and is still missing. It opens with its legal bases and states the real request in its
 * subject; it carries no deadline of the Office's own and no internal mark.
 */
export function permissionRequest(facts: VisitFacts): AdminDocument {
  const { delegation, issuer } = facts;
  const requests = committeeRequests(facts);
  if (requests.length === 0)
    throw new ConflictError(
      'This visit needs no permission from the Provincial People’s Committee that is still missing (per its latest compliance report).',
    );
  const committee = agencyName(facts, 'provincial-committee');
  const cite = citer();
  const basis = basisLines([
    ...[...new Set(requests.map((request) => request.basis))].map((key) => cite(key)),
    partnerLetter(delegation),
  ]);
  const body: Block[] = [
    paragraph(
      `${ending(partnerPhrase(delegation), '')} cử đoàn do ${headPhrase(delegation)} làm trưởng đoàn, gồm ${delegation.members.length} thành viên, đến làm việc tại ${issuer.fullName} ${visitPeriod(delegation)}. Mục đích chuyến thăm: ${ending(delegation.purpose)}`,
    ),
    paragraph(
      requests.length === 1
        ? `${issuer.fullName} kính đề nghị ${chairmanOf(committee)} xem xét:`
        : `${issuer.fullName} kính đề nghị ${chairmanOf(committee)} xem xét các nội dung sau:`,
    ),
    ...requests.map((request, index) =>
      paragraph(`${requests.length > 1 ? `${index + 1}. ` : ''}${requestParagraph(request, facts, cite)}`),
    ),
    paragraph('Hồ sơ gửi kèm:', { plain: false }),
    ...enclosures(requests, facts).map((enclosure, index, all) =>
      paragraph(`- ${ending(enclosure, index === all.length - 1 ? '.' : ';')}`),
    ),
    paragraph(`${issuer.fullName} kính trình ${chairmanOf(committee)} xem xét, quyết định./.`),
  ];
  const signer = facts.options.signer;
  return {
    ...departmentHeading(facts),
    subject: `${[...new Set(requests.map((request) => subjectOf(request, facts)))].join(' và ')}`,
    addressees: [committee],
    basis,
    body,
    signer: signatureFor('permission-request', issuer, signer),
    recipients: [
      'Như trên',
      agencyName(facts, 'foreign-affairs'),
      ...reportToDirector(signer),
      `Lưu: VT, ${issuer.office.abbreviation}.`,
    ],
    fileTitle: `Công văn ${subjectOf(requests[0] as CommitteeRequest, facts)}`,
  };
}
