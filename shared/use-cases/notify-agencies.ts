import { createHash } from 'node:crypto';
import type { Envelope } from '../../events/envelope';
import { checkCompliance } from '../compliance/engine';
import type { Severity } from '../compliance/finding';
import type { RuleProfile } from '../compliance/profile';
import { sensitiveTopic } from '../compliance/rules/sensitive';
import { officeContact } from '../config/office-contact';
import type { AgencyKey } from '../domain/agencies';
import { type Agency, reachableAddresses, realAddresses } from '../domain/agency-directory';
import type { Delegation } from '../domain/delegation';
import type { Division } from '../domain/divisions';
import { closed, is } from '../domain/lifecycle';
import type { Meeting } from '../domain/meeting';
import type { NotificationRecord } from '../domain/notification-record';
import type { Official, Room } from '../domain/resources';
import { meetingInvitation } from '../notifications/calendar-invite';
import { type EmailInput, type FindingLine, renderEmail } from '../notifications/email-content';
import { mailbox } from '../notifications/mailbox';
import { composeMime } from '../notifications/mime';
import { type Delivery, type EventFacts, recipientId, route } from '../notifications/routing';
import { partnerName } from '../notifications/vietnamese';
import { logger } from '../observability/logger';
import { countMetric } from '../observability/metrics';
import { type PendingReason, reasonsOf } from './pending-decisions';
import type { DelegationStore } from './ports/delegation-store';
import type { DirectoryStore } from './ports/directory';
import type { EmailSender } from './ports/email-sender';
import type { NotificationStore } from './ports/notifications';
import type { Timeline } from './ports/timeline';
import { RetryLaterError, sendOnce } from './send-once';
import { systemActor } from './transition';

export interface NotifyDeps {
  delegations: DelegationStore;
  agencies: DirectoryStore<Agency>;
  officials: DirectoryStore<Official>;
  rooms: DirectoryStore<Room>;
  divisions: DirectoryStore<Division>;
  notifications: NotificationStore;
  timeline: Timeline;
  sender: EmailSender;
  mailFrom: string;
  profile: RuleProfile;
}

interface EventData {
  outcome?: string;
  status?: string;
  openPermissions?: number;
  findings?: {
    ruleId: string;
    severity: Severity;
    agencies: AgencyKey[];
    message: string;
    notices?: { agency: AgencyKey; message: string }[];
    dueDate?: string;
    overdue?: boolean;
  }[];
  meeting?: Meeting;
  previous?: { start: string; end: string };
  note?: string;
  reason?: string;
  dueOn?: string;
  daysOverdue?: number;
  version?: number;
  checkedVersion?: number;
  reasons?: PendingReason[];
}

const NOTIFIER = systemActor('notify-agencies');

/**
 * Sends each recipient the routing table gives this event exactly one email. Recipients nobody
 * can reach are recorded as suppressed with the reason; permanent SES refusals are recorded as
 * failed; throttling is retried by the SDK and then, per recipient, by redelivering the event.
 */
export async function notifyAgencies(
  event: Envelope,
  deps: NotifyDeps,
  now = () => new Date(),
): Promise<void> {
  if (!event.delegationId) return;
  const delegation = await deps.delegations.get(event.delegationId);
  if (!delegation) return;
  const data = (event.data ?? {}) as EventData;
  if (!confirmedByStoredState(event, data, delegation)) {
    logger.warn('Event not confirmed by the stored delegation; nothing is sent', {
      event: event.name,
      eventId: event.eventId,
      delegationId: delegation.id,
      status: delegation.status,
    });
    return;
  }
  const deliveries = route(factsOf(event, data, delegation, deps.profile));
  if (deliveries.length === 0) return;
  const [agencies, officials, rooms, divisions, earlier] = await Promise.all([
    deps.agencies.get(),
    deps.officials.get(),
    deps.rooms.get(),
    deps.divisions.get(),
    // What each recipient was told before, read once for all of them.
    REPEATED_EVENTS.has(event.name) ? deps.notifications.list(delegation.id) : [],
  ]);
  const directory = {
    agencies: agencies.items,
    officials: officials.items,
    rooms: rooms.items,
    hostDivision: divisions.items.find((division) => division.id === delegation.hostDivision),
  };

  let retry = false;
  for (const delivery of deliveries) {
    try {
      await deliver(event, data, delegation, delivery, directory, earlier, deps, now());
    } catch (error) {
      if (!(error instanceof RetryLaterError)) throw error;
      retry = true;
    }
  }
  if (retry) throw new RetryLaterError('Some emails could not be sent yet; the event will be retried.');
}

/**
 * A decision or check announces what the stored delegation must show: the guest list goes to the
 * police only for a visit that really was approved or cleared, whoever put the event on the bus.
 */
function confirmedByStoredState(event: Envelope, data: EventData, delegation: Delegation): boolean {
  switch (event.name) {
    case 'Delegation.Approved':
    case 'Delegation.Rejected':
      return (
        delegation.decision?.decision === (event.name === 'Delegation.Approved' ? 'approve' : 'reject') &&
        delegation.version >= (data.version ?? Number.POSITIVE_INFINITY)
      );
    case 'Delegation.Cancelled':
      return delegation.cancellation !== undefined && is(closed, delegation.status);
    case 'Decision.Pending':
      return delegation.status === data.outcome;
    case 'Delegation.ComplianceChecked':
      return (
        delegation.compliance?.reportVersion === data.checkedVersion &&
        delegation.compliance?.outcome === data.outcome
      );
    default:
      return true;
  }
}

function factsOf(event: Envelope, data: EventData, delegation: Delegation, profile: RuleProfile): EventFacts {
  const sensitive = checkCompliance(delegation, {
    profile,
    receivedAt: delegation.createdAt,
    checkedAt: event.occurredAt,
    rules: [sensitiveTopic],
  }).findings.length;
  return {
    name: event.name,
    status: data.status ?? delegation.status,
    openPermissions: data.openPermissions ?? delegation.compliance?.openPermissions ?? 0,
    findingAgencies: [...new Set((data.findings ?? []).flatMap(noticesOf).map((notice) => notice.agency))],
    officialIds: data.meeting?.officialIds,
    sensitive: sensitive > 0,
  };
}

/** What a finding tells each agency; events from before notices existed told the named agencies the task. */
const noticesOf = (finding: NonNullable<EventData['findings']>[number]) =>
  finding.notices ?? finding.agencies.map((agency) => ({ agency, message: finding.message }));

interface DirectoryData {
  agencies: Agency[];
  officials: Official[];
  rooms: Room[];
  /** The division the registration names: the host unit's emails go to its addresses. */
  hostDivision?: Division;
}

function addressee(
  delivery: Delivery,
  directory: DirectoryData,
): { name: string; addresses: string[]; fullPassports?: boolean; outsideBody?: boolean; why?: string } {
  if (delivery.recipient.kind === 'official') {
    const official = directory.officials.find((candidate) => candidate.id === delivery.recipient.key);
    if (!official?.active)
      return {
        name: delivery.recipient.key,
        addresses: [],
        why: 'The official is not in the directory or inactive.',
      };
    if (!official.email)
      return { name: official.fullName, addresses: [], why: 'The official has no email address.' };
    if (realAddresses([official.email]).length === 0)
      return { name: officialName(official), addresses: [], why: NO_REAL_ADDRESS };
    return { name: officialName(official), addresses: [official.email] };
  }
  if (delivery.recipient.key === 'host-unit') {
    const division = directory.hostDivision;
    if (!division)
      return { name: 'Phòng chủ trì', addresses: [], why: 'The host division is not in the directory.' };
    if (!division.active)
      return { name: division.name, addresses: [], why: 'The host division is inactive in the directory.' };
    if (division.emails.length === 0)
      return { name: division.name, addresses: [], why: 'The host division has no email address.' };
    const addresses = realAddresses(division.emails);
    if (addresses.length === 0) return { name: division.name, addresses, why: NO_REAL_ADDRESS };
    return { name: division.name, addresses };
  }
  const agency = directory.agencies.find((candidate) => candidate.key === delivery.recipient.key);
  const addresses = reachableAddresses(agency);
  const name = agency?.name ?? delivery.recipient.key;
  if (!agency) return { name, addresses, why: 'The agency is not in the directory.' };
  if (!agency.active) return { name, addresses, why: 'The agency is inactive in the directory.' };
  if (addresses.length === 0) {
    const suspended = agency.emails.map((email) => email.suspended?.reason).filter(Boolean);
    return {
      name,
      addresses,
      why: suspended.length
        ? `Every address is suspended: ${suspended.join('; ')}`
        : agency.emails.length > 0
          ? NO_REAL_ADDRESS
          : 'The agency has no email address.',
    };
  }
  return { name, addresses, fullPassports: agency.fullPassportNumbers, outsideBody: !INSIDE.has(agency.key) };
}

const NO_REAL_ADDRESS =
  'No address: the directory still has only the placeholder address; admin enters the real one.';

/** The Department's own units and leaders; every other agency is an outside body ("quý cơ quan"). */
const INSIDE = new Set<AgencyKey>(['leadership', 'office', 'host-unit', 'information-centre']);

/** "Ông Nguyễn Văn An, Giám đốc Sở": the honorific and name, then the title. */
const officialName = (official: Official) =>
  `${official.honorific ? `${official.honorific} ` : ''}${official.fullName}, ${official.title}`;

async function deliver(
  event: Envelope,
  data: EventData,
  delegation: Delegation,
  delivery: Delivery,
  directory: DirectoryData,
  earlier: readonly NotificationRecord[],
  deps: NotifyDeps,
  now: Date,
): Promise<void> {
  const to = addressee(delivery, directory);
  const record: NotificationRecord = {
    delegationId: delegation.id,
    eventId: event.eventId,
    eventName: event.name,
    recipient: recipientId(delivery.recipient),
    recipientName: to.name,
    addresses: to.addresses,
    status: 'sending',
    attempts: 0,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  };
  const note = (name: string, summary: string) =>
    deps.timeline.append({
      delegationId: delegation.id,
      eventId: `${name}:${event.eventId}:${record.recipient}`,
      name,
      version: 1,
      occurredAt: now.toISOString(),
      correlationId: event.correlationId,
      actor: NOTIFIER,
      summary,
    });

  if (to.why) {
    await deps.notifications.record({ ...record, status: 'suppressed', reason: to.why });
    countMetric('EmailsSuppressed');
    await note('Notification.Suppressed', `Không gửi được thư tới ${to.name}: ${to.why}`);
    return;
  }
  const contact = officeContact(deps.mailFrom);
  const content = renderEmail({ ...emailInput(delivery, to, delegation, data, event, directory), contact });
  record.contentHash = createHash('sha256').update(`${content.subject}\n${content.text}`).digest('base64url');
  if (REPEATED_EVENTS.has(event.name) && saidAlready(record, earlier)) {
    countMetric('EmailsUnchanged');
    return;
  }
  const outcome = await sendOnce(
    record,
    async () => ({
      raw: await composeMime({
        from: deps.mailFrom,
        replyTo: contact.email,
        to: to.addresses,
        ...content,
        invitation: data.meeting
          ? invitationFor(data.meeting, to.addresses, directory, deps.mailFrom, delegation)
          : undefined,
      }),
      tags: {
        delegation: delegation.id,
        notification: Buffer.from(`${event.eventId}#${record.recipient}`).toString('base64url').slice(0, 256),
      },
    }),
    deps,
    now,
  );
  if (outcome.status === 'settled') return;
  if (outcome.status === 'failed') {
    countMetric('EmailsFailed');
    await note('Notification.Failed', `SES từ chối thư tới ${to.name}: ${outcome.reason}`);
    return;
  }
  countMetric('EmailsSent');
  await note('Notification.Sent', `Đã gửi thư tới ${to.name} (${to.addresses.join(', ')}).`);
}

/**
 * Events that come again for the same visit without anything new for every recipient: a re-check
 * after a holiday correction or a recorded permit tells each agency its part, which may not have
 * changed. The other events are news each time (a decision, a meeting, a cancellation).
 */
const REPEATED_EVENTS = new Set(['Delegation.ComplianceChecked']);

/**
 * Whether the recipient's last email about an earlier event of this kind said exactly this: then
 * there is nothing to tell them. A retry of this very event is not "earlier": it still sends.
 */
function saidAlready(record: NotificationRecord, earlier: readonly NotificationRecord[]): boolean {
  const last = earlier
    .filter(
      (other) =>
        other.recipient === record.recipient &&
        other.eventName === record.eventName &&
        other.eventId !== record.eventId &&
        ['sent', 'sending', 'unconfirmed'].includes(other.status),
    )
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .at(-1);
  return last?.contentHash === record.contentHash;
}

function emailInput(
  delivery: Delivery,
  to: { name: string; fullPassports?: boolean; outsideBody?: boolean },
  delegation: Delegation,
  data: EventData,
  event: Envelope,
  directory: DirectoryData,
): Omit<EmailInput, 'contact'> {
  const key = delivery.recipient.key;
  const findings: FindingLine[] = (data.findings ?? []).flatMap((finding) =>
    noticesOf(finding)
      .filter((notice) => notice.agency === key)
      .map((notice) => ({ message: notice.message, dueDate: finding.dueDate })),
  );
  const tasks: FindingLine[] = delivery.sections.includes('tasks') ? (data.findings ?? []) : [];
  const change = (
    {
      'Meeting.Scheduled': 'scheduled',
      'Meeting.Rescheduled': 'rescheduled',
      'Meeting.Cancelled': 'cancelled',
    } as const
  )[event.name as 'Meeting.Scheduled'];
  return {
    sections: delivery.sections,
    recipientName: to.name,
    outsideBody: to.outsideBody === true,
    fullPassports: to.fullPassports === true,
    delegation,
    hostDivisionName: directory.hostDivision?.name ?? delegation.hostDivision,
    findings,
    tasks,
    decision:
      event.name === 'Delegation.Approved' || event.name === 'Delegation.Rejected'
        ? { decision: event.name === 'Delegation.Approved' ? 'approve' : 'reject', note: data.note }
        : undefined,
    cancellationReason: data.reason,
    overdue:
      data.dueOn && data.daysOverdue ? { dueOn: data.dueOn, daysOverdue: data.daysOverdue } : undefined,
    pending:
      data.outcome === 'approval_required' || data.outcome === 'blocked'
        ? { outcome: data.outcome, reasons: data.reasons ?? reasonsOf(data.findings ?? []) }
        : undefined,
    meeting:
      data.meeting && change
        ? {
            meeting: data.meeting,
            change,
            previous: data.previous,
            roomName:
              directory.rooms.find((room) => room.id === data.meeting?.roomId)?.name ?? data.meeting.roomId,
            attendeeNames: data.meeting.officialIds.map((id) => {
              const official = directory.officials.find((candidate) => candidate.id === id);
              return official ? officialName(official) : id;
            }),
          }
        : undefined,
  };
}

function invitationFor(
  meeting: Meeting,
  to: string[],
  directory: DirectoryData,
  mailFrom: string,
  delegation: Delegation,
) {
  const officials = meeting.officialIds
    .map((id) => directory.officials.find((official) => official.id === id))
    .filter((official): official is Official & { email: string } => Boolean(official?.email));
  return meetingInvitation(meeting, {
    organizer: { name: 'Văn phòng Sở KH&CN Hưng Yên', email: mailbox(mailFrom).address },
    attendees: [
      ...officials.map((official) => ({ name: official.fullName, email: official.email })),
      ...to
        .filter((address) => !officials.some((official) => official.email === address))
        .map((email) => ({ name: email, email })),
    ],
    location: directory.rooms.find((room) => room.id === meeting.roomId)?.name ?? meeting.roomId,
    description: `Làm việc với đoàn ${partnerName(delegation)}`,
  });
}
