import * as z from 'zod';
import { notificationOf } from '../notifications/mail-tags';
import type { MailFeedback } from '../use-cases/record-email-feedback';

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

/**
 * An SNS message (or a raw SES event) as the feedback the use case records: a permanent bounce,
 * a complaint, or something it leaves to SES (a transient bounce, a delivery).
 */
export function parseSesFeedback(body: string): MailFeedback {
  const outer = JSON.parse(body) as { Message?: unknown };
  const event = sesEventSchema.parse(typeof outer.Message === 'string' ? JSON.parse(outer.Message) : outer);
  const type = event.eventType ?? event.notificationType;
  const tags = event.mail.tags;
  const common = {
    messageId: event.mail.messageId,
    notification: notificationOf({
      delegation: tags?.delegation?.[0],
      notification: tags?.notification?.[0],
    }),
  };
  if (type === 'Bounce' && event.bounce?.bounceType === 'Permanent')
    return {
      ...common,
      kind: 'permanent-bounce',
      addresses: event.bounce.bouncedRecipients.map((recipient) => recipient.emailAddress),
      diagnostic: event.bounce.bouncedRecipients[0]?.diagnosticCode,
    };
  if (type === 'Complaint' && event.complaint)
    return {
      ...common,
      kind: 'complaint',
      addresses: event.complaint.complainedRecipients.map((recipient) => recipient.emailAddress),
    };
  return { ...common, kind: 'other', addresses: [] };
}
