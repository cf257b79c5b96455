import * as z from 'zod';
import { actorSchema } from './actor';
import { resourceId } from './resources';
import { oneLine } from './text-fields';

const dateTime = z.iso.datetime({
  offset: true,
  message: 'Use an ISO 8601 date-time with offset, e.g. 2026-12-14T09:00:00+07:00',
});

/** Độ Mật, Tối mật, Tuyệt mật (Luật Bảo vệ bí mật nhà nước): the level decides who may approve. */
export const secrecyLevels = ['mat', 'toi_mat', 'tuyet_mat'] as const;
export type SecrecyLevel = (typeof secrecyLevels)[number];

const meetingFields = {
  title: oneLine(200),
  start: dateTime,
  end: dateTime,
  roomId: resourceId,
  officialIds: z
    .array(resourceId)
    .max(30)
    .refine((ids) => new Set(ids).size === ids.length, 'Each official once'),
  confidential: z.boolean(),
  secrecyLevel: z.enum(secrecyLevels).optional(),
};

const startsBeforeEnd = (meeting: { start?: string; end?: string }) =>
  !meeting.start || !meeting.end || Date.parse(meeting.start) < Date.parse(meeting.end);

export const meetingRequestSchema = z
  .strictObject({
    ...meetingFields,
    officialIds: meetingFields.officialIds.default([]),
    confidential: meetingFields.confidential.default(false),
  })
  .refine(startsBeforeEnd, { message: 'A meeting ends after it starts', path: ['end'] })
  .refine((meeting) => meeting.confidential || meeting.secrecyLevel === undefined, {
    message: 'Only a confidential meeting has a secrecy level',
    path: ['secrecyLevel'],
  });

/** A reschedule names only what changes. */
export const meetingChangeSchema = z
  .strictObject({
    title: meetingFields.title.optional(),
    start: meetingFields.start.optional(),
    end: meetingFields.end.optional(),
    roomId: meetingFields.roomId.optional(),
    officialIds: meetingFields.officialIds.optional(),
    confidential: meetingFields.confidential.optional(),
    secrecyLevel: meetingFields.secrecyLevel,
  })
  .refine((change) => Object.keys(change).length > 0, 'Send at least one field to change');

export const meetingSchema = z.object({
  ...meetingFields,
  id: z.string(),
  delegationId: z.string(),
  status: z.enum(['scheduled', 'cancelled']),
  version: z.number().int().positive(),
  /** iCalendar SEQUENCE: raised on every reschedule and on cancellation. */
  sequence: z.number().int().min(0),
  /** The booking attempt whose holds are this meeting's place on the calendars (older meetings: its id). */
  holdId: z.string().optional(),
  secrecyApproval: z
    .object({ reference: z.string(), approvedBy: actorSchema, approvedAt: dateTime })
    .optional(),
  createdAt: dateTime,
  updatedAt: dateTime,
  createdBy: actorSchema,
});
export type Meeting = z.infer<typeof meetingSchema>;
export type MeetingRequest = z.output<typeof meetingRequestSchema>;

/** The calendar bookings that belong to this version of the meeting. */
export const holdOf = (meeting: { id: string; holdId?: string }) => meeting.holdId ?? meeting.id;

/** The calendars a meeting occupies (or an availability question names): its room and each official. */
export const resourcesOf = (meeting: { roomId?: string; officialIds: readonly string[] }) => [
  ...(meeting.roomId ? [`room#${meeting.roomId}`] : []),
  ...meeting.officialIds.map((id) => `official#${id}`),
];
