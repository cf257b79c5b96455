import * as z from 'zod';
import { meetingSchema } from '../shared/domain/meeting';
import { defineEvent } from './envelope';

export const MeetingScheduledV1 = defineEvent({
  name: 'Meeting.Scheduled',
  version: 1,
  description: 'A meeting with the delegation was booked in a room with officials.',
  dataSchema: z.object({ meeting: meetingSchema }),
});

export const MeetingRescheduledV1 = defineEvent({
  name: 'Meeting.Rescheduled',
  version: 1,
  description: 'A meeting moved or changed; `previous` is what invitees were told before.',
  dataSchema: z.object({
    meeting: meetingSchema,
    previous: meetingSchema.pick({ title: true, start: true, end: true, roomId: true, officialIds: true }),
  }),
});

export const MeetingCancelledV1 = defineEvent({
  name: 'Meeting.Cancelled',
  version: 1,
  description: 'A meeting was cancelled and its room and officials freed.',
  dataSchema: z.object({ meeting: meetingSchema }),
});

export const MeetingSecrecyApprovedV1 = defineEvent({
  name: 'Meeting.SecrecyApproved',
  version: 1,
  description: 'Leadership recorded the written approval a confidential meeting needs (STATE_SECRETS).',
  dataSchema: z.object({ meeting: meetingSchema }),
});
