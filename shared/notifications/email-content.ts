import { formatVietnameseDate, formatVietnamesePeriod, localDateOf } from '../compliance/calendar';
import type { Delegation } from '../domain/delegation';
import { foreignersOf } from '../domain/foreigners';
import type { Meeting } from '../domain/meeting';
import type { NewsContent } from '../domain/news-item';
import { type Block, toHtml, toText } from './blocks';
import { closing, type OfficeContact } from './closing';
import { maskPassport } from './mask';
import type { Section } from './routing';
import { countryName, dateTimeVi, dateVi, partnerName, timeVi } from './vietnamese';

export interface FindingLine {
  message: string;
  severity?: string;
  dueDate?: string;
  overdue?: boolean;
}

export interface MeetingFacts {
  meeting: Meeting;
  change: 'scheduled' | 'rescheduled' | 'cancelled';
  previous?: { start: string; end: string };
  roomName: string;
  attendeeNames: string[];
}

export interface EmailInput {
  sections: readonly Section[];
  recipientName: string;
  /** An outside body ("quý cơ quan") rather than the Department's own divisions, leaders and staff. */
  outsideBody?: boolean;
  contact: OfficeContact;
  /** From the agency directory; officials never see full passport numbers. */
  fullPassports: boolean;
  delegation: Delegation;
  /** The host division's name from the directory. */
  hostDivisionName: string;
  /** What the check tells this recipient. */
  findings?: readonly FindingLine[];
  /** The Office's own tasks from the check. */
  tasks?: readonly FindingLine[];
  decision?: { decision: 'approve' | 'reject'; note?: string };
  cancellationReason?: string;
  /** The news item leadership approved, for the Information Centre to publish. */
  news?: NewsContent;
  meeting?: MeetingFacts;
  overdue?: { dueOn: string; daysOverdue: number };
  /** What keeps the visit waiting for leadership. */
  pending?: { outcome: 'approval_required' | 'blocked'; reasons: readonly FindingLine[] };
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const partnerOf = (delegation: Delegation) =>
  `${partnerName(delegation)}, ${countryName(delegation.partner.country)}`;

/** The approved text as leadership approved it, Vietnamese first, and where the link goes back to. */
function newsBlocks(delegation: Delegation, news: NewsContent): Block[] {
  const article = (text: NewsContent['vi']): Block[] => [
    { kind: 'heading', text: text.title },
    { kind: 'paragraph', text: text.lead },
    ...text.body.map((paragraph): Block => ({ kind: 'paragraph', text: paragraph })),
  ];
  return [
    {
      kind: 'paragraph',
      text: `Lãnh đạo Sở đã duyệt tin bài về chuyến thăm của đoàn ${partnerOf(delegation)}. Đề nghị Trung tâm đăng tin trên Cổng thông tin điện tử của Sở và gửi địa chỉ tin đã đăng về Văn phòng Sở.`,
    },
    ...article(news.vi),
    ...article(news.en),
  ];
}

function subjectOf(input: EmailInput): string {
  const partner = partnerName(input.delegation);
  const meeting = input.meeting;
  if (meeting) {
    const when = dateTimeVi(meeting.meeting.start);
    const verb = { scheduled: 'Mời họp', rescheduled: 'Thay đổi lịch họp', cancelled: 'Hủy lịch họp' }[
      meeting.change
    ];
    return `${verb}: ${meeting.meeting.title} — ${when}`;
  }
  if (input.sections.includes('cancellation')) return `Hủy chuyến thăm của đoàn ${partner}`;
  if (input.sections.includes('decision')) {
    return `${input.decision?.decision === 'approve' ? 'Phê duyệt' : 'Không phê duyệt'} việc đón đoàn ${partner}`;
  }
  if (input.sections.includes('report_overdue')) return `Nhắc báo cáo kết quả đón đoàn ${partner} (quá hạn)`;
  if (input.sections.includes('decision_pending')) {
    return input.pending?.outcome === 'blocked'
      ? `Đoàn ${partner} chưa đủ điều kiện: cần bổ sung hồ sơ hoặc quyết định không tiếp`
      : `Đề nghị Ban Giám đốc quyết định việc đón đoàn ${partner}`;
  }
  if (input.sections.includes('news_approved')) return `Đề nghị đăng tin: đoàn ${partner}`;
  if (input.sections.includes('tasks')) return `Kết quả kiểm tra hồ sơ đoàn ${partner}: việc cần làm`;
  return `Thông báo đoàn vào: ${partner}, ${visitDates(input.delegation)}`;
}

/** "ngày 28/12/2026" for a one-day visit, "từ ngày 28/12/2026 đến ngày 29/12/2026" otherwise. */
const visitDates = (delegation: Delegation): string =>
  formatVietnamesePeriod(localDateOf(delegation.visit.arrival), localDateOf(delegation.visit.departure));

/** "từ 08:00 đến 17:00 ngày 28/12/2026" within a day, else from one day and time to the other. */
function visitTimes(delegation: Delegation): string {
  const { arrival, departure } = delegation.visit;
  return dateVi(arrival) === dateVi(departure)
    ? `từ ${timeVi(arrival)} đến ${timeVi(departure)} ngày ${dateVi(arrival)}`
    : `từ ${dateTimeVi(arrival)} đến ${dateTimeVi(departure)}`;
}

function summary(delegation: Delegation, hostDivisionName: string): Block[] {
  return [
    { kind: 'heading', text: 'Thông tin đoàn' },
    {
      kind: 'list',
      items: [
        `Đối tác: ${partnerOf(delegation)}`,
        `Mục đích: ${delegation.purpose}`,
        `Thời gian: ${visitTimes(delegation)}`,
        `Số thành viên: ${delegation.members.length}`,
        `Đơn vị chủ trì: ${hostDivisionName}`,
      ],
    },
  ];
}

/**
 * The guest list as advance information: the police and the foreign-affairs body receive the signed
 * letter (công văn) through official channels; this email says so.
 */
function guestList(delegation: Delegation, full: boolean, outsideBody: boolean): Block[] {
  return [
    { kind: 'heading', text: 'Danh sách khách' },
    ...(outsideBody
      ? [
          {
            kind: 'paragraph' as const,
            text: 'Thư này gửi trước thông tin về đoàn để quý cơ quan nắm; công văn thông báo danh sách khách có chữ ký của Lãnh đạo Sở sẽ được gửi theo đường văn thư.',
          },
        ]
      : []),
    {
      kind: 'table',
      headers: ['Họ tên', 'Quốc tịch', 'Số hộ chiếu', 'Chức danh'],
      // The police and foreign affairs receive the list of foreigners; the Department's own units, everyone.
      rows: (full ? foreignersOf(delegation.members) : delegation.members).map((member) => [
        member.fullName,
        countryName(member.nationality),
        member.passportNumber
          ? full
            ? member.passportNumber
            : maskPassport(member.passportNumber)
          : 'chưa có',
        member.titleVi && member.title
          ? `${member.titleVi} (${member.title})`
          : (member.titleVi ?? member.title ?? 'chưa có'),
      ]),
    },
    {
      kind: 'paragraph',
      text: full
        ? 'Danh sách có số hộ chiếu đầy đủ, chỉ dùng cho công tác quản lý người nước ngoài.'
        : 'Số hộ chiếu đã được che một phần để bảo vệ dữ liệu cá nhân.',
    },
  ];
}

/** The line with its due date once: "…, chậm nhất ngày 21/12/2026.", not again where the text gives it. */
function withDue(line: FindingLine): string {
  const late = line.overdue ? ' (đã quá hạn)' : '';
  const date = line.dueDate ? formatVietnameseDate(line.dueDate) : undefined;
  if (!date || line.message.includes(date)) return `${line.message}${late}`;
  return `${line.message.replace(/\.$/, '')}, chậm nhất ngày ${date}${late}.`;
}

function findings(lines: readonly FindingLine[], outsideBody: boolean): Block[] {
  if (lines.length === 0) return [];
  return [
    {
      kind: 'paragraph',
      text: outsideBody
        ? 'Sở Khoa học và Công nghệ tỉnh Hưng Yên trân trọng thông báo tới quý cơ quan nội dung liên quan đến đoàn như sau:'
        : 'Văn phòng Sở thông báo nội dung liên quan đến đoàn như sau:',
    },
    { kind: 'list', items: lines.map((line) => line.message) },
  ];
}

const severityLabels: Record<string, string> = {
  blocking: 'Chưa đủ điều kiện',
  approval_required: 'Chờ Ban Giám đốc quyết định',
  action_required: 'Cần thực hiện',
  info: 'Lưu ý',
};

function tasks(lines: readonly FindingLine[]): Block[] {
  if (lines.length === 0)
    return [{ kind: 'paragraph', text: 'Hồ sơ đáp ứng các quy định; không có việc cần làm thêm.' }];
  return [
    { kind: 'heading', text: 'Việc cần làm' },
    {
      kind: 'list',
      items: lines.map(
        (line) =>
          `${line.severity ? `[${severityLabels[line.severity] ?? line.severity}] ` : ''}${withDue(line)}`,
      ),
    },
  ];
}

function pendingBlocks(delegation: Delegation, pending: NonNullable<EmailInput['pending']>): Block[] {
  const lead =
    pending.outcome === 'blocked'
      ? `Hồ sơ đón đoàn ${partnerOf(delegation)} chưa thể phê duyệt vì những lý do dưới đây. Văn phòng Sở bổ sung hồ sơ, hoặc Ban Giám đốc quyết định không tiếp đoàn.`
      : `Hồ sơ đón đoàn ${partnerOf(delegation)} đang chờ Ban Giám đốc quyết định.`;
  return [
    { kind: 'paragraph', text: lead },
    { kind: 'heading', text: 'Lý do' },
    {
      kind: 'list',
      items: pending.reasons.map(withDue),
    },
    {
      kind: 'paragraph',
      text: `Xem và quyết định trên hệ thống quản lý đoàn vào, mã hồ sơ ${delegation.id}.`,
    },
  ];
}

function meetingBlocks(facts: MeetingFacts): Block[] {
  const { meeting, change, previous } = facts;
  const when = `${timeVi(meeting.start)}–${timeVi(meeting.end)} ngày ${dateVi(meeting.start)}`;
  const lead = {
    scheduled: `Trân trọng kính mời tham dự buổi làm việc "${meeting.title}".`,
    rescheduled: `Buổi làm việc "${meeting.title}" đã thay đổi${previous ? ` (trước đây: ${timeVi(previous.start)}–${timeVi(previous.end)} ngày ${dateVi(previous.start)})` : ''}.`,
    cancelled: `Buổi làm việc "${meeting.title}" đã bị hủy.`,
  }[change];
  return [
    { kind: 'paragraph', text: lead },
    {
      kind: 'list',
      items: [
        `Thời gian: ${when}`,
        `Địa điểm: ${facts.roomName}`,
        `Thành phần: ${facts.attendeeNames.join(', ') || 'theo giấy mời'}`,
        ...(meeting.confidential
          ? ['Buổi làm việc có nội dung mật: chỉ tiến hành khi có văn bản đồng ý của người có thẩm quyền.']
          : []),
      ],
    },
    { kind: 'paragraph', text: 'Lịch họp đính kèm (tệp .ics) có thể thêm trực tiếp vào lịch công tác.' },
  ];
}

/** One email for one recipient and one event, in Vietnamese, with every section routed to it. */
export function renderEmail(input: EmailInput): EmailContent {
  const blocks: Block[] = [{ kind: 'paragraph', text: `Kính gửi: ${input.recipientName}` }];
  if (input.meeting) blocks.push(...meetingBlocks(input.meeting));
  if (input.sections.includes('decision') && input.decision) {
    blocks.push({
      kind: 'paragraph',
      text: `Ban Giám đốc Sở ${input.decision.decision === 'approve' ? 'đã phê duyệt' : 'không phê duyệt'} việc đón đoàn ${partnerOf(input.delegation)}.${input.decision.note ? ` Ý kiến: ${input.decision.note}` : ''}`,
    });
  }
  if (input.sections.includes('cancellation')) {
    blocks.push({
      kind: 'paragraph',
      text: `Chuyến thăm của đoàn ${partnerOf(input.delegation)} đã bị hủy. Lý do: ${input.cancellationReason ?? 'không nêu'}.`,
    });
  }
  if (input.sections.includes('report_overdue') && input.overdue) {
    blocks.push({
      kind: 'paragraph',
      text: `Báo cáo kết quả đón đoàn ${partnerOf(input.delegation)} đã quá hạn ${input.overdue.daysOverdue} ngày so với thời hạn ngày ${formatVietnameseDate(input.overdue.dueOn)}. Đề nghị ${input.hostDivisionName} hoàn thành và gửi Văn phòng Sở.`,
    });
  }
  if (input.sections.includes('news_approved') && input.news)
    blocks.push(...newsBlocks(input.delegation, input.news));
  if (input.sections.includes('decision_pending') && input.pending) {
    blocks.push(...pendingBlocks(input.delegation, input.pending));
  }
  blocks.push(...summary(input.delegation, input.hostDivisionName));
  if (input.sections.includes('tasks')) blocks.push(...tasks(input.tasks ?? []));
  if (input.sections.includes('findings'))
    blocks.push(...findings(input.findings ?? [], input.outsideBody === true));
  if (input.sections.includes('guest_list'))
    blocks.push(...guestList(input.delegation, input.fullPassports, input.outsideBody === true));
  blocks.push(...closing(input.contact));
  return { subject: subjectOf(input), text: toText(blocks), html: toHtml(blocks) };
}
