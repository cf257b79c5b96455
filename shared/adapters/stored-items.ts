/**
 * Every kind of item the table holds, by its `entity` attribute, with the schema it must satisfy.
 * The property tests read the whole table back through this list, so a new kind without a schema
 * fails them.
 */
import type * as z from 'zod';
import { agencyListSchema } from '../domain/agency-directory';
import { delegationSchema } from '../domain/delegation';
import { divisionListSchema } from '../domain/divisions';
import { storedHolidayYearSchema } from '../domain/holiday-year';
import { meetingSchema } from '../domain/meeting';
import { notificationSchema } from '../domain/notification-record';
import { officialListSchema, roomListSchema } from '../domain/resources';
import { timelineEntrySchema } from '../domain/timeline-entry';
import { calendarDaySchema } from './calendar-repository';
import { storedReportSchema } from './compliance-report-repository';
import { indexEntrySchema } from './delegation-repository';
import { idempotencyRecordSchema } from './idempotency-store';
import { receiptCounterSchema } from './receipt-counter';

const directories: Record<string, z.ZodType> = {
  'DIRECTORY#rooms': roomListSchema,
  'DIRECTORY#officials': officialListSchema,
  'DIRECTORY#agencies': agencyListSchema,
  'DIRECTORY#divisions': divisionListSchema,
};

export const storedItemParsers: Record<string, (item: Record<string, unknown>) => unknown> = {
  Delegation: (item) => delegationSchema.parse(item),
  Meeting: (item) => meetingSchema.parse(item),
  TimelineEntry: (item) => timelineEntrySchema.parse(item),
  Notification: (item) => notificationSchema.parse(item),
  ComplianceReport: (item) => storedReportSchema.parse(item),
  CalendarDay: (item) => calendarDaySchema.parse(item),
  IndexEntry: (item) => indexEntrySchema.parse(item),
  IdempotencyRecord: (item) => idempotencyRecordSchema.parse(item),
  HolidayYear: (item) => storedHolidayYearSchema.parse(item),
  ReceiptCounter: (item) => receiptCounterSchema.parse(item),
  Directory: (item) => {
    const schema = directories[String(item.pk)];
    if (!schema) throw new Error(`No directory ${String(item.pk)}`);
    return schema.parse(item.items);
  },
};

/** Parses one stored item by its kind; an item of a kind nobody declared is an error too. */
export function parseStoredItem(item: Record<string, unknown>): unknown {
  const parse = storedItemParsers[String(item.entity)];
  if (!parse) throw new Error(`Unknown kind of item: entity ${String(item.entity)} at ${String(item.pk)}`);
  return parse(item);
}
