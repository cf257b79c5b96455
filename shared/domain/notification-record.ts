import * as z from 'zod';

/** What became of one email to one recipient about one event. */
export const notificationStatuses = [
  'sending',
  'sent',
  'failed',
  'suppressed',
  'retry',
  'unconfirmed',
  'bounced',
] as const;

export const notificationSchema = z.object({
  delegationId: z.string(),
  eventId: z.string(),
  eventName: z.string(),
  recipient: z.string(),
  recipientName: z.string(),
  addresses: z.array(z.string()),
  status: z.enum(notificationStatuses),
  reason: z.string().optional(),
  messageId: z.string().optional(),
  /** A digest of what the email said: a re-check that would say the same again sends nothing. */
  contentHash: z.string().optional(),
  attempts: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type NotificationRecord = z.infer<typeof notificationSchema>;
