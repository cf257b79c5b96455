/** The notifications sent about a visit. */
import * as z from 'zod';
import { notificationSchema } from '../../domain/notification-record';

export const notificationList = z.object({
  delegationId: z.string(),
  notifications: z.array(notificationSchema),
});
