/**
 * One recipient's email for one event: the Vietnamese text from the event's facts and the
 * directories, with the meeting invitation when the event is about a meeting.
 */
import type { Delegation } from '../domain/delegation';
import type { Division } from '../domain/divisions';
import type { Meeting } from '../domain/meeting';
import { type Addressee, officialName, type Unreachable } from '../domain/recipients';
import type { Official, Room } from '../domain/resources';
import { meetingInvitation } from './calendar-invite';
import type { OfficeContact } from './closing';
import { type EmailContent, type FindingLine, renderEmail } from './email-content';
import type { NotificationFacts } from './event-facts';
import { mailbox } from './mailbox';
import type { OutgoingEmail } from './mime';
import type { Delivery } from './routing';
import { partnerName } from './vietnamese';

export interface MessageDirectory {
  officials: readonly Official[];
  rooms: readonly Room[];
  hostDivision?: Division;
}

/** The email without its envelope (from, to), which the delivery adds. */
export interface Message extends EmailContent {
  invitation?: OutgoingEmail['invitation'];
}

export function composeMessage(input: {
  facts: NotificationFacts;
  delivery: Delivery;
  to: Addressee;
  delegation: Delegation;
  directory: MessageDirectory;
  contact: OfficeContact;
  /** The sending mailbox, the invitation's organizer. */
  mailFrom: string;
}): Message {
  const { facts, delivery, to, delegation, directory } = input;
  const key = delivery.recipient.key;
  const findings: FindingLine[] = facts.findings.flatMap((finding) =>
    finding.notices
      .filter((notice) => notice.agency === key)
      .map((notice) => ({ message: notice.message, dueDate: finding.dueDate })),
  );
  const roomName = (meeting: Meeting) =>
    directory.rooms.find((room) => room.id === meeting.roomId)?.name ?? meeting.roomId;
  const content = renderEmail({
    sections: delivery.sections,
    recipientName: to.name,
    outsideBody: to.outsideBody,
    fullPassports: to.fullPassports,
    contact: input.contact,
    delegation,
    hostDivisionName: directory.hostDivision?.name ?? delegation.hostDivision,
    findings,
    tasks: delivery.sections.includes('tasks') ? facts.findings : [],
    decision: facts.decision,
    cancellationReason: facts.cancellationReason,
    news: facts.news,
    overdue: facts.overdue,
    pending: facts.pending,
    meeting: facts.meeting && {
      ...facts.meeting,
      roomName: roomName(facts.meeting.meeting),
      attendeeNames: facts.meeting.meeting.officialIds.map((id) => {
        const official = directory.officials.find((candidate) => candidate.id === id);
        return official ? officialName(official) : id;
      }),
    },
  });
  const meeting = facts.meeting?.meeting;
  if (!meeting) return content;
  const officials = meeting.officialIds
    .map((id) => directory.officials.find((official) => official.id === id))
    .filter((official): official is Official & { email: string } => Boolean(official?.email));
  const invitation = meetingInvitation(meeting, {
    organizer: { name: 'Văn phòng Sở KH&CN Hưng Yên', email: mailbox(input.mailFrom).address },
    attendees: [
      ...officials.map((official) => ({ name: official.fullName, email: official.email })),
      ...to.addresses
        .filter((address) => !officials.some((official) => official.email === address))
        .map((email) => ({ name: email, email })),
    ],
    location: roomName(meeting),
    description: `Làm việc với đoàn ${partnerName(delegation)}`,
  });
  return { ...content, invitation };
}

/** Why no mail went to a recipient, for the staff's timeline and notification list. */
export function unreachableText(unreachable: Unreachable): string {
  switch (unreachable.reason) {
    case 'not-in-directory':
      return 'không có trong danh bạ.';
    case 'inactive':
      return 'đã ngừng sử dụng trong danh bạ.';
    case 'no-address':
      return 'danh bạ chưa có địa chỉ thư điện tử.';
    case 'placeholder-only':
      return 'danh bạ mới có địa chỉ mẫu; quản trị viên cần nhập địa chỉ thật.';
    case 'suspended':
      return `mọi địa chỉ đều bị tạm ngừng (${unreachable.detail}).`;
  }
}
