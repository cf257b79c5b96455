import type { NotificationRecord } from '../domain/notification-record';
import { type EmailSender, PermanentEmailError } from './ports/email-sender';
import type { NotificationStore } from './ports/notifications';

/** A transient failure for some recipients: the event or job is retried, already-sent mail is skipped. */
export class RetryLaterError extends Error {}

export type SendOutcome =
  | { status: 'sent'; messageId: string }
  | { status: 'failed'; reason: string }
  /** An earlier attempt settled it (sent, failed, suppressed, unconfirmed…): nothing was sent now. */
  | { status: 'settled'; as: NotificationRecord['status'] };

/**
 * One email, at most once: claim the record, compose and send, record the outcome. Another attempt
 * still sending, or a transient failure (recorded as `retry`), throws RetryLaterError; the mail
 * service's permanent refusal is recorded as `failed` and returned, since retrying cannot help.
 */
export async function sendOnce(
  record: NotificationRecord,
  compose: () => Promise<{ raw: Buffer; tags: Record<string, string> }>,
  deps: { notifications: NotificationStore; sender: EmailSender },
  now: Date,
): Promise<SendOutcome> {
  const claim = await deps.notifications.claim(record, now);
  if (claim === 'in_progress')
    throw new RetryLaterError(`Another attempt is sending to ${record.recipientName}.`);
  if (claim !== 'claimed') return { status: 'settled', as: claim };
  const { raw, tags } = await compose();
  let messageId: string;
  try {
    messageId = await deps.sender.send(raw, tags);
  } catch (error) {
    if (error instanceof PermanentEmailError) {
      await deps.notifications.update(record, 'failed', new Date(), { reason: error.message });
      return { status: 'failed', reason: error.message };
    }
    await deps.notifications.update(record, 'retry', new Date(), {
      reason: error instanceof Error ? error.message : String(error),
    });
    throw new RetryLaterError(String(error));
  }
  // Past this point the mail service has the mail: a failure here leaves the record `sending`,
  // which a redelivery never sends again (see NotificationStore.claim).
  await deps.notifications.update(record, 'sent', new Date(), { messageId });
  return { status: 'sent', messageId };
}
