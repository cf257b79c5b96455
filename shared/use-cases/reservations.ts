import { setTimeout as sleep } from 'node:timers/promises';
import { ScheduleConflictError } from '../domain/errors';
import { overlaps } from '../scheduling/slots';
import type { Booking, Calendar, Slot } from './ports/calendar';
import { DependencyError } from './ports/dependency-error';

/** How long a hold lives if the booking that placed it dies before confirming. */
const HOLD_MS = 30_000;
/** Lost races on one calendar day before the request gives up with a retryable 503. */
const MAX_ATTEMPTS = 12;

export interface Conflict {
  resource: string;
  meetingId: string;
  delegationId: string;
  title: string;
  start: string;
  end: string;
}

/** A booking takes its time while it is confirmed or its hold has not lapsed. */
export const occupies = (booking: Booking, now: number) => booking.confirmed || booking.holdExpiresAt > now;

/**
 * Books one slot on several calendars (a room and officials) without transactions: each calendar
 * day is one item written with a version check; resources are taken in a fixed order and a
 * conflict releases the holds already taken, so no two meetings ever overlap on one resource.
 * A meeting's other holds (its current booking, or a concurrent attempt to move it) are not
 * conflicts: which attempt wins is decided by the meeting's own version check, and the loser
 * releases only its own hold.
 */
export async function reserve(
  calendar: Calendar,
  resources: readonly string[],
  date: string,
  slot: Slot,
  bufferMinutes: number,
): Promise<void> {
  const taken: string[] = [];
  for (const resource of [...resources].sort()) {
    const conflicts = await hold(calendar, resource, date, slot, bufferMinutes);
    if (conflicts.length > 0) {
      await release(calendar, taken, date, slot.holdId);
      throw new ScheduleConflictError('The room or an official is already booked at that time.', {
        conflicts,
      });
    }
    taken.push(resource);
  }
}

async function hold(calendar: Calendar, resource: string, date: string, slot: Slot, buffer: number) {
  return await update(calendar, resource, date, (bookings, now) => {
    const conflicts = bookings
      .filter(
        (booking) =>
          booking.meetingId !== slot.meetingId && occupies(booking, now) && overlaps(booking, slot, buffer),
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
    const kept = bookings.filter((booking) => booking.holdId !== slot.holdId && occupies(booking, now));
    return { bookings: [...kept, { ...slot, confirmed: false, holdExpiresAt: now + HOLD_MS }] };
  });
}

/** Turns the holds of one attempt into bookings. */
export async function confirm(
  calendar: Calendar,
  resources: readonly string[],
  date: string,
  holdId: string,
) {
  for (const resource of resources) {
    await update(calendar, resource, date, (bookings) =>
      bookings.some((booking) => booking.holdId === holdId && !booking.confirmed)
        ? {
            bookings: bookings.map((booking) =>
              booking.holdId === holdId ? { ...booking, confirmed: true } : booking,
            ),
          }
        : { unchanged: true },
    );
  }
}

/** Frees the place one attempt holds on those calendars, and nothing else. */
export async function release(
  calendar: Calendar,
  resources: readonly string[],
  date: string,
  holdId: string,
) {
  for (const resource of resources) {
    await update(calendar, resource, date, (bookings) =>
      bookings.some((booking) => booking.holdId === holdId)
        ? { bookings: bookings.filter((booking) => booking.holdId !== holdId) }
        : { unchanged: true },
    );
  }
}

type Change =
  | { bookings: Booking[]; conflicts?: undefined; unchanged?: undefined }
  | { conflicts: Conflict[]; bookings?: undefined; unchanged?: undefined }
  | { unchanged: true; bookings?: undefined; conflicts?: undefined };

/** Read, decide, write with a version check; on a lost race, read again (bounded, with jitter). */
async function update(
  calendar: Calendar,
  resource: string,
  date: string,
  decide: (bookings: Booking[], now: number) => Change,
): Promise<Conflict[]> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const day = await calendar.day(resource, date);
    const change = decide(day.bookings, Date.now());
    if (change.conflicts) return change.conflicts;
    if (change.unchanged) return [];
    if (await calendar.write(resource, date, change.bookings, day.version)) return [];
    await sleep(Math.random() * 10 * attempt);
  }
  throw new DependencyError('The calendar is very busy right now; retry the request.');
}
