/** A meeting's time on one resource, as a booking attempt asks for it. */
export interface Slot {
  /** Owner of this hold: one per booking attempt, so a losing attempt never frees the winner's place. */
  holdId: string;
  meetingId: string;
  delegationId: string;
  title: string;
  start: string;
  end: string;
}

/** One meeting's place on a resource's day: a hold until the meeting is stored, then a booking. */
export interface Booking extends Slot {
  confirmed: boolean;
  /** When an unconfirmed hold lapses (epoch ms). */
  holdExpiresAt: number;
}

export interface CalendarDay {
  bookings: Booking[];
  /** 0 for a day nobody booked yet. */
  version: number;
}

/** Each resource's (room's, official's) bookings per local day, written with a version check. */
export interface Calendar {
  day(resource: string, date: string): Promise<CalendarDay>;
  /** False when another writer got there first; the caller re-reads and decides again. */
  write(resource: string, date: string, bookings: Booking[], expectedVersion: number): Promise<boolean>;
}
