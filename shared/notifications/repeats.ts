import { createHash } from 'node:crypto';
import type { NotificationRecord } from '../domain/notification-record';
import type { EmailContent } from './email-content';

/**
 * Events that come again for the same visit without anything new for every recipient: a re-check
 * after a holiday correction or a recorded permit tells each agency its part, which may not have
 * changed. The other events are news each time (a decision, a meeting, a cancellation).
 */
export const mayRepeat = (eventName: string) => eventName === 'Delegation.ComplianceChecked';

/** What an email said, kept on its record to tell whether a later one says anything new. */
export const contentHash = ({ subject, text }: EmailContent) =>
  createHash('sha256').update(`${subject}\n${text}`).digest('base64url');

/**
 * Whether the recipient's last email about an earlier event of this kind said exactly this: then
 * there is nothing to tell them. A retry of this very event is not "earlier": it still sends.
 */
export function saidAlready(record: NotificationRecord, earlier: readonly NotificationRecord[]): boolean {
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
