import type { Agency } from '../domain/agency-directory';
import { StaleVersionError } from '../domain/errors';
import type { NotificationKey } from '../notifications/mail-tags';
import type { DirectoryStore } from './ports/directory';
import type { NotificationStore } from './ports/notifications';
import type { Timeline } from './ports/timeline';
import { systemActor } from './transition';

/** What SES reported about a sent email, read from its wire format by an adapter. */
export interface MailFeedback {
  kind: 'permanent-bounce' | 'complaint' | 'other';
  addresses: string[];
  /** The receiving server's words, for a bounce. */
  diagnostic?: string;
  messageId: string;
  /** The notification the email was, from its tags (mail sent by this backend carries them). */
  notification?: NotificationKey;
}

const FEEDBACK = systemActor('record-email-feedback');

export interface FeedbackDeps {
  agencies: DirectoryStore<Agency>;
  notifications: NotificationStore;
  timeline: Timeline;
}

/**
 * A permanent bounce or a complaint suspends the address in the agency directory until admin
 * fixes it, and marks the notification so that the delegation's log says why nobody was reached.
 * Transient bounces are left to SES's own retries.
 */
export async function recordEmailFeedback(
  feedback: MailFeedback,
  deps: FeedbackDeps,
  now = new Date(),
): Promise<void> {
  const { addresses, messageId, diagnostic } = feedback;
  if (feedback.kind === 'other' || addresses.length === 0) return;
  const reason =
    feedback.kind === 'permanent-bounce'
      ? `Thư bị trả lại vĩnh viễn (SES ${messageId})${diagnostic ? `: ${diagnostic}` : ''}`
      : `Người nhận đánh dấu thư là thư rác (SES ${messageId})`;
  await suspendAddresses(addresses, reason, deps.agencies, now);

  const key = feedback.notification;
  if (!key) return;
  await deps.notifications.markBounced(key, reason, now);
  await deps.timeline.append({
    delegationId: key.delegationId,
    eventId: `Notification.Bounced:${messageId}`,
    name: 'Notification.Bounced',
    version: 1,
    occurredAt: now.toISOString(),
    correlationId: messageId,
    actor: FEEDBACK,
    summary: `${addresses.join(', ')}: ${reason}. Địa chỉ đã bị tạm ngừng cho tới khi quản trị viên sửa danh bạ.`,
  });
}

async function suspendAddresses(
  addresses: string[],
  reason: string,
  directory: DirectoryStore<Agency>,
  now: Date,
) {
  const wanted = new Set(addresses.map((address) => address.toLowerCase()));
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await directory.get();
    const items = current.items.map((agency) => ({
      ...agency,
      emails: agency.emails.map((email) =>
        wanted.has(email.address.toLowerCase()) && !email.suspended
          ? { ...email, suspended: { reason, since: now.toISOString() } }
          : email,
      ),
    }));
    if (JSON.stringify(items) === JSON.stringify(current.items)) return;
    try {
      await directory.replace(items, current.version);
      return;
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
    }
  }
  throw new Error('The agency directory kept changing; the feedback will be retried.');
}
