import { setTimeout as sleep } from 'node:timers/promises';
import type { Booking, DynamoCalendar } from '../adapters/calendar-repository';
import { DependencyError, ScheduleConflictError } from '../domain/errors';
import { overlaps } from '../scheduling/slots';

/** How long a hold lives if the booking that placed it dies before confirming. */
const HOLD_MS = 30_000;
/** Lost races on one calendar day before the request gives up with a retryable 503. */
const MAX_ATTEMPTS = 12;

export interface Slot {
  meetingId: string;
  delegationId: string;
  title: string;
  start: string;
  end: string;
}

export interface Conflict {
  resource: string;
  meetingId: string;
  delegationId: string;
  title: string;
  start: string;
  end: string;
}

const live = (booking: Booking, now: number) => booking.confirmed || booking.holdExpiresAt > now;

/**
 * Books one slot on several calendars (a room and officials) without transactions: each calendar
 * day is one item written with a version check; resources are taken in a fixed order and a
 * conflict releases the holds already taken, so no two meetings ever overlap on one resource.
 */
export async function reserve(
  calendar: DynamoCalendar,
  resources: readonly string[],
  date: string,
  slot: Slot,
  bufferMinutes: number,
): Promise<void> {
  const taken: string[] = [];
  for (const resource of [...resources].sort()) {
    const conflicts = await hold(calendar, resource, date, slot, bufferMinutes);
    if (conflicts.length > 0) {
      await release(calendar, taken, date, slot.meetingId);
      throw new ScheduleConflictError('The room or an official is already booked at that time.', {
        conflicts,
      });
    }
    taken.push(resource);
  }
}

async function hold(calendar: DynamoCalendar, resource: string, date: string, slot: Slot, buffer: number) {
  return update(calendar, resource, date, (bookings, now) => {
    const conflicts = bookings
      .filter(
        (booking) =>
          booking.meetingId !== slot.meetingId && live(booking, now) && overlaps(booking, slot, buffer),
      )
      .map(({ meetingId, delegationId, title, start, end }) => ({
        resource,
        meetingId,
        delegationId,
        title,
        start,
        end,
      }));
    if (conflicts.length > 0) return { conflicts };
    const kept = bookings.filter((booking) => booking.meetingId !== slot.meetingId && live(booking, now));
    return { bookings: [...kept, { ...slot, confirmed: false, holdExpiresAt: now + HOLD_MS }] };
  });
}

/** Turns this meeting's holds into bookings. */
export async function confirm(
  calendar: DynamoCalendar,
  resources: readonly string[],
  date: string,
  meetingId: string,
) {
  for (const resource of resources) {
    await update(calendar, resource, date, (bookings) => ({
      bookings: bookings.map((booking) =>
        booking.meetingId === meetingId ? { ...booking, confirmed: true } : booking,
      ),
    }));
  }
}

/** Frees this meeting's place on those calendars. */
export async function release(
  calendar: DynamoCalendar,
  resources: readonly string[],
  date: string,
  meetingId: string,
) {
  for (const resource of resources) {
    await update(calendar, resource, date, (bookings) => ({
      bookings: bookings.filter((booking) => booking.meetingId !== meetingId),
    }));
  }
}

type Change =
  | { bookings: Booking[]; conflicts?: undefined }
  | { conflicts: Conflict[]; bookings?: undefined };

/** Read, decide, write with a version check; on a lost race, read again (bounded, with jitter). */
async function update(
  calendar: DynamoCalendar,
  resource: string,
  date: string,
  decide: (bookings: Booking[], now: number) => Change,
): Promise<Conflict[]> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const day = await calendar.day(resource, date);
    const change = decide(day.bookings, Date.now());
    if (change.conflicts) return change.conflicts;
    if (await calendar.write(resource, date, change.bookings, day.version)) return [];
    await sleep(Math.random() * 10 * attempt);
  }
  throw new DependencyError('The calendar is very busy right now; retry the request.');
}
