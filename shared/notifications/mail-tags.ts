import type { NotificationRecord } from '../domain/notification-record';

/**
 * The SES message tags that tie a sent email back to its notification record, so a bounce or a
 * complaint reported later marks the right one. SES allows 256 characters of [A-Za-z0-9_-.@].
 */
export type NotificationKey = Pick<NotificationRecord, 'delegationId' | 'eventId' | 'recipient'>;

export const mailTags = (key: NotificationKey) => ({
  delegation: key.delegationId,
  notification: Buffer.from(`${key.eventId}#${key.recipient}`).toString('base64url').slice(0, 256),
});

export function notificationOf(tags: {
  delegation?: string;
  notification?: string;
}): NotificationKey | undefined {
  if (!tags.delegation || !tags.notification) return undefined;
  const decoded = Buffer.from(tags.notification, 'base64url').toString('utf8');
  const split = decoded.lastIndexOf('#');
  return {
    delegationId: tags.delegation,
    eventId: decoded.slice(0, split),
    recipient: decoded.slice(split + 1),
  };
}
