import { DynamoDirectory } from '../adapters/directory-repository';
import { documentClient, tableName } from '../adapters/dynamo-client';
import { DynamoHolidayCalendar } from '../adapters/holiday-repository';
import type { TransactionalOutbox } from '../adapters/outbox';
import { vietnamHolidays } from '../compliance/holidays-vn';
import { type Agency, defaultAgencies } from '../domain/agency-directory';
import { type Division, defaultDivisions } from '../domain/divisions';
import type { Official, Room } from '../domain/resources';

export const roomDirectory = () => new DynamoDirectory<Room>(documentClient, tableName(), 'rooms');
export const officialDirectory = () =>
  new DynamoDirectory<Official>(documentClient, tableName(), 'officials');
export const agencyDirectory = () =>
  new DynamoDirectory<Agency>(documentClient, tableName(), 'agencies', defaultAgencies);
export const divisionDirectory = () =>
  new DynamoDirectory<Division>(documentClient, tableName(), 'divisions', defaultDivisions);
/** The holiday calendar: shipped data with admin's corrections; writable only with an outbox. */
export const holidayCalendar = (events?: TransactionalOutbox) =>
  new DynamoHolidayCalendar(documentClient, tableName(), vietnamHolidays, events);
