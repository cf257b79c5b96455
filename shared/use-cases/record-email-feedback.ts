import * as z from 'zod';
import type { Agency } from '../domain/agency-directory';
import { StaleVersionError } from '../domain/errors';
import type { DirectoryStore } from './ports/directory';
import type { NotificationStore } from './ports/notifications';
import type { Timeline } from './ports/timeline';
import { systemActor } from './transition';

/** The part of an SES event notification (through SNS) this backend reads. */
const sesEventSchema = z.object({
  eventType: z.string().optional(),
  notificationType: z.string().optional(),
  bounce: z
    .object({
      bounceType: z.string(),
      bouncedRecipients: z.array(
        z.object({ emailAddress: z.string(), diagnosticCode: z.string().optional() }),
      ),
    })
    .optional(),
  complaint: z.object({ complainedRecipients: z.array(z.object({ emailAddress: z.string() })) }).optional(),
  mail: z.object({ messageId: z.string(), tags: z.record(z.string(), z.array(z.string())).optional() }),
});

const FEEDBACK = systemActor('record-email-feedback');

export interface FeedbackDeps {
  agencies: DirectoryStore<Agency>;
  notifications: NotificationStore;
  timeline: Timeline;
}

/** Reads an SNS message (or a raw SES event) and returns the SES event inside. */
export function parseSesFeedback(body: string) {
  const outer = JSON.parse(body) as { Message?: unknown };
  return sesEventSchema.parse(typeof outer.Message === 'string' ? JSON.parse(outer.Message) : outer);
}

/**
 * A permanent bounce or a complaint suspends the address in the agency directory until admin
 * fixes it, and marks the notification so that the delegation's log says why nobody was reached.
 * Transient bounces are left to SES's own retries.
 */
export async function recordEmailFeedback(body: string, deps: FeedbackDeps, now = new Date()): Promise<void> {
  const feedback = parseSesFeedback(body);
  const type = feedback.eventType ?? feedback.notificationType;
  let addresses: string[] = [];
  let reason = '';
  if (type === 'Bounce' && feedback.bounce?.bounceType === 'Permanent') {
    addresses = feedback.bounce.bouncedRecipients.map((recipient) => recipient.emailAddress);
    const diagnostic = feedback.bounce.bouncedRecipients[0]?.diagnosticCode;
    reason = `Thư bị trả lại vĩnh viễn (SES ${feedback.mail.messageId})${diagnostic ? `: ${diagnostic}` : ''}`;
  } else if (type === 'Complaint' && feedback.complaint) {
    addresses = feedback.complaint.complainedRecipients.map((recipient) => recipient.emailAddress);
    reason = `Người nhận đánh dấu thư là thư rác (SES ${feedback.mail.messageId})`;
  }
  if (addresses.length === 0) return;

  await suspendAddresses(addresses, reason, deps.agencies, now);

  const delegationId = feedback.mail.tags?.delegation?.[0];
  const notification = feedback.mail.tags?.notification?.[0];
  if (!delegationId || !notification) return;
  const decoded = Buffer.from(notification, 'base64url').toString('utf8');
  const split = decoded.lastIndexOf('#');
  const key = { delegationId, eventId: decoded.slice(0, split), recipient: decoded.slice(split + 1) };
  await deps.notifications.markBounced(key, reason, now);
  await deps.timeline.append({
    delegationId,
    eventId: `Notification.Bounced:${feedback.mail.messageId}`,
    name: 'Notification.Bounced',
    version: 1,
    occurredAt: now.toISOString(),
    correlationId: feedback.mail.messageId,
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
