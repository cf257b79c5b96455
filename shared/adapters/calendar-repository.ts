import { type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import * as z from 'zod';
import type { Booking, Calendar, CalendarDay } from '../use-cases/ports/calendar';
import { isConditionFailure } from './conditional';
import { keys } from './table-design';

const storedBookingSchema = z.object({
  /** The booking attempt that placed it; items written before attempts had ids lack it. */
  holdId: z.string().min(1).optional(),
  meetingId: z.string().min(1),
  delegationId: z.string().min(1),
  title: z.string(),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  /** A hold becomes a booking once the meeting is stored; an unconfirmed hold lapses at `holdExpiresAt`. */
  confirmed: z.boolean(),
  holdExpiresAt: z.number(),
});

/** A calendar day as stored: one resource's bookings on one local date. */
export const calendarDaySchema = z.object({
  resource: z.string().min(1),
  date: z.iso.date(),
  version: z.number().int().positive(),
  bookings: z.array(storedBookingSchema),
});

/** Counts lost optimistic-concurrency races, for the benchmark and the concurrency test. */
export const calendarRaceStats = { lostRaces: 0 };

/** A resource's bookings for one local day, written only with a version check. */
export class DynamoCalendar implements Calendar {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async day(resource: string, date: string): Promise<CalendarDay> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.table, Key: keys.calendarDay(resource, date), ConsistentRead: true }),
    );
    return Item
      ? {
          bookings: (Item.bookings as Booking[]).map((booking) => ({
            ...booking,
            holdId: booking.holdId ?? booking.meetingId,
          })),
          version: Item.version as number,
        }
      : { bookings: [], version: 0 };
  }

  /** False when another writer got there first; the caller re-reads and decides again. */
  async write(
    resource: string,
    date: string,
    bookings: Booking[],
    expectedVersion: number,
  ): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: {
            ...keys.calendarDay(resource, date),
            entity: 'CalendarDay',
            resource,
            date,
            bookings,
            version: expectedVersion + 1,
          },
          ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(pk)' : 'version = :expected',
          ExpressionAttributeValues: expectedVersion === 0 ? undefined : { ':expected': expectedVersion },
        }),
      );
      return true;
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      calendarRaceStats.lostRaces++;
      return false;
    }
  }
}
