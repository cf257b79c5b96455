/**
 * Moving a meeting holds the new place first and frees the old one only once the move is saved:
 * a move that loses to another change of the same meeting must leave the calendar as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { hungYenProfile } from '../../shared/compliance/profile';
import { StaleVersionError } from '../../shared/domain/errors';
import { meetingRequestSchema, resourcesOf } from '../../shared/domain/meeting';
import type { Official, Room } from '../../shared/domain/resources';
import { type MeetingDeps, rescheduleMeeting, scheduleMeeting } from '../../shared/use-cases/meetings';
import { workingDayIn } from '../fixtures/registration';
import {
  InMemoryCalendar,
  InMemoryDelegations,
  InMemoryDirectory,
  InMemoryMeetings,
  officeActor,
  registeredVisit,
} from '../support/in-memory-ports';

const day = workingDayIn(30);
const at = (time: string) => `${day}T${time}:00+07:00`;
let deps: MeetingDeps & { calendar: InMemoryCalendar; meetings: InMemoryMeetings };
let delegationId: string;

beforeEach(async () => {
  const delegations = new InMemoryDelegations();
  const now = new Date();
  const registered = await registeredVisit(delegations, now, {
    visit: { arrival: at('08:00'), departure: at('17:00') },
  });
  delegations.items.set(registered.id, { ...registered, status: 'cleared' });
  delegationId = registered.id;
  deps = {
    delegations,
    meetings: new InMemoryMeetings(),
    calendar: new InMemoryCalendar(),
    rooms: new InMemoryDirectory<Room>({
      items: [{ id: 'phong-1', name: 'Phòng họp 1', active: true }],
      version: 1,
    }),
    officials: new InMemoryDirectory<Official>({ items: [], version: 0 }),
    profile: hungYenProfile,
    holidays: { profile: async () => hungYenProfile },
  };
  await scheduleMeeting(
    delegationId,
    meetingRequestSchema.parse({
      title: 'Làm việc với Ban Giám đốc',
      start: at('09:00'),
      end: at('10:00'),
      roomId: 'phong-1',
      officialIds: [],
    }),
    { actor: officeActor, correlationId: 'c-1', now, meetingId: 'm-1' },
    deps,
  );
});

const roomDay = async () =>
  (await deps.calendar.day(resourcesOf({ roomId: 'phong-1', officialIds: [] })[0] ?? '', day)).bookings;

describe('Moving a meeting', () => {
  it('books the new time and frees the old one once the move is saved', async () => {
    const moved = await rescheduleMeeting(
      delegationId,
      'm-1',
      { start: at('14:00'), end: at('15:00') },
      { actor: officeActor, correlationId: 'c-2', now: new Date(), expectedVersion: 1 },
      deps,
    );
    const bookings = await roomDay();
    expect(bookings.map((booking) => [booking.start, booking.confirmed])).toEqual([[moved.start, true]]);
  });

  it('leaves the calendar as it was when another change of the meeting wins, so no time stays blocked', async () => {
    const before = await roomDay();
    deps.meetings.loseNextSave = true;
    await expect(
      rescheduleMeeting(
        delegationId,
        'm-1',
        { start: at('14:00'), end: at('15:00') },
        { actor: officeActor, correlationId: 'c-2', now: new Date(), expectedVersion: 1 },
        deps,
      ),
    ).rejects.toBeInstanceOf(StaleVersionError);
    expect(await roomDay()).toEqual(before);
    expect((await deps.meetings.get(delegationId, 'm-1'))?.start).toBe(at('09:00'));
  });
});
