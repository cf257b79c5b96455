import type { DomainEvent } from '../../events/catalogue';
import { officeContact } from '../config/office-contact';
import type { Agency } from '../domain/agency-directory';
import type { Delegation } from '../domain/delegation';
import type { Division } from '../domain/divisions';
import type { NotificationRecord } from '../domain/notification-record';
import { type RecipientDirectory, recipientId, resolveRecipient } from '../domain/recipients';
import type { Official, Room } from '../domain/resources';
import { type NotificationFacts, notificationFacts } from '../notifications/event-facts';
import { mailTags } from '../notifications/mail-tags';
import { composeMessage, type MessageDirectory, unreachableText } from '../notifications/message';
import { composeMime } from '../notifications/mime';
import { contentHash, mayRepeat, saidAlready } from '../notifications/repeats';
import { type Delivery, route } from '../notifications/routing';
import { logger } from '../observability/logger';
import type { DelegationStore } from './ports/delegation-store';
import type { DirectoryStore } from './ports/directory';
import type { EmailSender } from './ports/email-sender';
import type { Metrics } from './ports/metrics';
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
  metrics: Metrics;
  mailFrom: string;
}

const NOTIFIER = systemActor('notify-agencies');

/**
 * Sends each recipient the routing table gives this event exactly one email. Recipients nobody
 * can reach are recorded as suppressed with the reason; permanent SES refusals are recorded as
 * failed; throttling is retried by the SDK and then, per recipient, by redelivering the event.
 */
export async function notifyAgencies(event: DomainEvent, deps: NotifyDeps, now = () => new Date()) {
  const delegation = event.delegationId ? await deps.delegations.get(event.delegationId) : undefined;
  if (!delegation) return;
  const facts = notificationFacts(event, delegation);
  if (!facts) {
    const where = { event: event.name, eventId: event.eventId, delegationId: delegation.id };
    return logger.warn('Event not confirmed by the stored record; nothing sent', where);
  }
  const deliveries = route(facts);
  if (deliveries.length === 0) return;
  const [agencies, officials, rooms, divisions, earlier] = await Promise.all([
    deps.agencies.get(),
    deps.officials.get(),
    deps.rooms.get(),
    deps.divisions.get(),
    // What each recipient was told before, read once for all of them.
    mayRepeat(event.name) ? deps.notifications.list(delegation.id) : [],
  ]);
  const hostDivision = divisions.items.find((division) => division.id === delegation.hostDivision);
  const directory = {
    agencies: agencies.items,
    officials: officials.items,
    rooms: rooms.items,
    hostDivision,
  };
  const send = { event, facts, delegation, directory, earlier };
  let retry = false;
  for (const delivery of deliveries) {
    try {
      await deliver(send, delivery, deps, now());
    } catch (error) {
      if (!(error instanceof RetryLaterError)) throw error;
      retry = true;
    }
  }
  if (retry) throw new RetryLaterError('Some emails could not be sent yet; the event will be retried.');
}

interface Sending {
  event: DomainEvent;
  facts: NotificationFacts;
  delegation: Delegation;
  directory: RecipientDirectory & MessageDirectory;
  earlier: readonly NotificationRecord[];
}

async function deliver(sending: Sending, delivery: Delivery, deps: NotifyDeps, now: Date): Promise<void> {
  const { event, delegation } = sending;
  const to = resolveRecipient(delivery.recipient, sending.directory);
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
  if (to.unreachable) {
    const reason = unreachableText(to.unreachable);
    await deps.notifications.record({ ...record, status: 'suppressed', reason });
    deps.metrics.count('EmailsSuppressed');
    await note('Notification.Suppressed', `Không gửi được thư tới ${to.name}: ${reason}`);
    return;
  }
  const contact = officeContact(deps.mailFrom);
  const message = composeMessage({ ...sending, delivery, to, contact, mailFrom: deps.mailFrom });
  record.contentHash = contentHash(message);
  if (mayRepeat(event.name) && saidAlready(record, sending.earlier)) {
    deps.metrics.count('EmailsUnchanged');
    return;
  }
  const email = { ...message, from: deps.mailFrom, replyTo: contact.email, to: to.addresses };
  const tags = mailTags({ delegationId: delegation.id, eventId: event.eventId, recipient: record.recipient });
  const outcome = await sendOnce(record, async () => ({ raw: await composeMime(email), tags }), deps, now);
  if (outcome.status === 'settled') return;
  if (outcome.status === 'failed') {
    deps.metrics.count('EmailsFailed');
    await note('Notification.Failed', `SES từ chối thư tới ${to.name}: ${outcome.reason}`);
    return;
  }
  deps.metrics.count('EmailsSent');
  await note('Notification.Sent', `Đã gửi thư tới ${to.name} (${to.addresses.join(', ')}).`);
}
