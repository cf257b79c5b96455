import { TZDate } from '@date-fns/tz';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';
import { TIME_ZONE } from '../compliance/calendar';
import type { Meeting } from '../domain/meeting';
import { HO_CHI_MINH_VTIMEZONE } from './ho-chi-minh-vtimezone';

/** Meetings are held in Hưng Yên only; any other zone is a programming error. */
function vtimezone(zone: string): string {
  if (zone !== TIME_ZONE) throw new Error(`No VTIMEZONE for ${zone}`);
  return HO_CHI_MINH_VTIMEZONE;
}

export interface Person {
  name: string;
  email: string;
}

/** Stable for the life of a meeting, so calendars update the same entry on every change. */
export const meetingUid = (meeting: Meeting) => `${meeting.id}@delegations.sokhcn.hungyen`;

/**
 * An RFC 5545 invitation: METHOD:REQUEST for a new or moved meeting, METHOD:CANCEL when it is
 * cancelled, SEQUENCE from the meeting, times in Asia/Ho_Chi_Minh with its VTIMEZONE.
 */
export function meetingInvitation(
  meeting: Meeting,
  details: { organizer: Person; attendees: Person[]; location: string; description: string },
): { method: 'REQUEST' | 'CANCEL'; ics: string } {
  const cancelled = meeting.status === 'cancelled';
  const calendar = ical({
    prodId: { company: 'So KHCN Hung Yen', product: 'delegations', language: 'VI' },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // No calendar-wide zone, so DTSTAMP stays in UTC as RFC 5545 requires; the event's TZID still
    // gets its VTIMEZONE from the generator.
    timezone: { name: null, generator: vtimezone },
  });
  calendar.createEvent({
    id: meetingUid(meeting),
    sequence: meeting.sequence,
    // TZDate makes ical-generator write the wall time in Hưng Yên whatever the machine's zone.
    start: new TZDate(meeting.start, TIME_ZONE),
    end: new TZDate(meeting.end, TIME_ZONE),
    timezone: TIME_ZONE,
    stamp: new Date(meeting.updatedAt),
    summary: meeting.title,
    description: details.description,
    location: details.location,
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: details.organizer,
    attendees: details.attendees.map((person) => ({
      ...person,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: !cancelled,
    })),
  });
  return { method: cancelled ? 'CANCEL' : 'REQUEST', ics: calendar.toString() };
}
