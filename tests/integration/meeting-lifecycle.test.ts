/**
 * Meetings through the visit's whole life and under races: two people moving the same meeting,
 * a move racing a cancellation, a visit cancelled or rejected with meetings booked, and the
 * programme changed while a multi-day visit is under way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDays, jicaVisit, nextWorkingDay, workingDayIn } from '../fixtures/registration';
import { type ApiResponse, startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let leadership: string;
const day = workingDayIn(40);
const dayAfter = nextWorkingDay(day);
const lastDay = nextWorkingDay(dayAfter);
const at = (time: string, date = day) => `${date}T${time}:00+07:00`;
const rooms = Array.from({ length: 30 }, (_, index) => ({
  id: `room-${index + 1}`,
  name: `Phòng ${index + 1}`,
}));
const officials = [
  {
    id: 'giam-doc',
    fullName: 'Nguyễn Văn An',
    title: 'Giám đốc Sở',
    unit: 'Ban Giám đốc',
    email: 'gd@example.vn',
  },
  {
    id: 'pho-giam-doc',
    fullName: 'Lê Thị Bình',
    title: 'Phó Giám đốc Sở',
    unit: 'Ban Giám đốc',
    email: 'pgd@example.vn',
  },
];

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
  expect((await stack.replaceList('/rooms', rooms)).status).toBe(200);
  expect((await stack.replaceList('/officials', officials)).status).toBe(200);
});
afterAll(() => stack?.stop());

async function clearedVisit(name: string, visit = { arrival: at('08:00'), departure: at('17:00', lastDay) }) {
  const base = jicaVisit();
  const created = await stack.call('POST', '/delegations', {
    token: office,
    body: { ...base, partner: { ...base.partner, name }, visit },
  });
  expect(created.status).toBe(201);
  await stack.bus.settled();
  return created.body.id as string;
}
const book = (id: string, body: object) =>
  stack.call('POST', `/delegations/${id}/meetings`, { token: office, body });
const move = (id: string, meeting: { id: string; version: number }, body: object) =>
  stack.call('PATCH', `/delegations/${id}/meetings/${meeting.id}`, {
    token: office,
    headers: { 'if-match': `"${meeting.version}"` },
    body,
  });
const slot = (roomId: string, start: string, end: string, officialIds: string[] = []) => ({
  title: 'Làm việc với Ban Giám đốc',
  roomId,
  start: at(start),
  end: at(end),
  officialIds,
});
const statuses = (answers: ApiResponse[]) => answers.map((answer) => answer.status).sort();

describe('Two people move the same meeting at once', () => {
  it('one wins, the other gets 412, and the calendar shows exactly the winner’s slot, even when it is repeated as a retry', async () => {
    const id = await clearedVisit('Công ty Dời lịch');
    const other = await clearedVisit('Công ty Đặt sau');
    for (let round = 0; round < 6; round++) {
      const room = `room-${round + 1}`;
      const booked = (await book(id, slot(room, '08:00', '09:00', ['giam-doc']))).body;
      const sameBody = round % 2 === 1; // a client retry sends the same move twice
      const [first, second] = await Promise.all([
        move(id, booked, { start: at('14:00'), end: at('15:00') }),
        move(
          id,
          booked,
          sameBody ? { start: at('14:00'), end: at('15:00') } : { start: at('15:30'), end: at('16:30') },
        ),
      ]);
      expect(statuses([first, second])).toEqual([200, 412]);
      const winner = (first.status === 200 ? first : second).body;
      // The winner's slot is taken for the room and the official; the old slot and the loser's are free.
      expect(
        (await book(other, slot(room, winner.start.slice(11, 16), winner.end.slice(11, 16)))).status,
      ).toBe(409);
      expect(
        (
          await book(other, {
            ...slot(`room-${round + 11}`, winner.start.slice(11, 16), winner.end.slice(11, 16)),
            officialIds: ['giam-doc'],
          })
        ).status,
      ).toBe(409);
      expect((await book(other, slot(room, '08:00', '09:00'))).status).toBe(201);
      const loserStart = winner.start === at('14:00') ? '15:30' : '14:00';
      if (!sameBody)
        expect(
          (await book(other, slot(room, loserStart, loserStart === '14:00' ? '15:00' : '16:30'))).status,
        ).toBe(201);
      // Clean up the winner for the next round's official.
      expect(
        (
          await stack.call('DELETE', `/delegations/${id}/meetings/${winner.id}`, {
            token: office,
            headers: { 'if-match': `"${winner.version}"` },
          })
        ).status,
      ).toBe(200);
    }
  });

  it('a move racing a cancellation leaves nothing booked for the cancelled meeting', async () => {
    const id = await clearedVisit('Công ty Hủy và Dời');
    const other = await clearedVisit('Công ty Chờ phòng');
    for (let round = 0; round < 4; round++) {
      const room = `room-${round + 15}`;
      const booked = (await book(id, slot(room, '08:00', '09:00'))).body;
      const [moved, cancelled] = await Promise.all([
        move(id, booked, { start: at('10:00'), end: at('11:00') }),
        stack.call('DELETE', `/delegations/${id}/meetings/${booked.id}`, {
          token: office,
          headers: { 'if-match': `"${booked.version}"` },
        }),
      ]);
      expect(statuses([moved, cancelled])).toEqual([200, 412]);
      const stored = (await stack.call('GET', `/delegations/${id}/meetings`, { token: office })).body
        .meetings;
      const meeting = stored.find((m: { id: string }) => m.id === booked.id);
      const busy = meeting.status === 'scheduled' ? meeting : undefined;
      for (const [start, end] of [
        ['08:00', '09:00'],
        ['10:00', '11:00'],
      ] as const) {
        const taken = busy && busy.start === at(start);
        expect((await book(other, slot(room, start, end))).status, `${start} in round ${round}`).toBe(
          taken ? 409 : 201,
        );
      }
    }
  });
});

/**
 * A scheduled visit reaches leadership's decision again when the Office edits it (its meetings stay
 * booked meanwhile): here the partner turns out to be a foreign NGO without its certificate, the
 * visit is blocked, and leadership rejects it.
 */
async function rejectAfterAnEdit(id: string) {
  const { partner } = (await stack.call('GET', `/delegations/${id}`, { token: office })).body;
  const edited = await stack.call('PATCH', `/delegations/${id}`, {
    token: office,
    headers: { 'if-match': '"1"' },
    body: { partner: { ...partner, type: 'foreign_ngo' } },
  });
  expect(edited.status, JSON.stringify(edited.body).slice(0, 400)).toBe(200);
  await stack.bus.settled();
  expect((await stack.call('GET', `/delegations/${id}`, { token: leadership })).body.status).toBe('blocked');
  return stack.call('POST', `/delegations/${id}/decision`, {
    token: leadership,
    headers: { 'if-match': '"2"' },
    body: { decision: 'reject', note: 'Không phù hợp' },
  });
}

describe('A visit that will not take place keeps no meetings', () => {
  for (const how of ['cancelled by the Office', 'rejected by leadership'] as const) {
    it(`when it is ${how}, its meetings are cancelled, their room and officials freed, and every invitee gets METHOD:CANCEL`, async () => {
      const name = `Công ty ${how === 'cancelled by the Office' ? 'Hủy đoàn' : 'Bị từ chối'}`;
      const id = await clearedVisit(name);
      const room = how === 'cancelled by the Office' ? 'room-26' : 'room-27';
      const [start, end] = how === 'cancelled by the Office' ? ['13:30', '14:30'] : ['15:00', '16:00'];
      const booked = await book(id, slot(room, start, end, ['pho-giam-doc']));
      expect(booked.status).toBe(201);
      await stack.bus.settled();
      const closed =
        how === 'cancelled by the Office'
          ? await stack.call('POST', `/delegations/${id}/cancel`, {
              token: office,
              headers: { 'if-match': '"1"' },
              body: { reason: 'Đối tác hoãn' },
            })
          : await rejectAfterAnEdit(id);
      expect(closed.status).toBe(200);
      await stack.bus.settled();
      const meetings = (await stack.call('GET', `/delegations/${id}/meetings`, { token: office })).body
        .meetings;
      expect(meetings.map((m: { status: string }) => m.status)).toEqual(['cancelled']);
      const other = await clearedVisit(`${name} (đoàn khác)`);
      expect((await book(other, slot(room, start, end, ['pho-giam-doc']))).status).toBe(201);
      const cancellation = (await stack.mails()).find(
        (mail) =>
          mail.destination.to.includes('pgd@example.vn') &&
          mail.subject.startsWith('Hủy lịch họp') &&
          mail.body.text?.includes(name),
      );
      const ics = Buffer.from(
        cancellation?.attachments.find((a) => a.contentType.includes('calendar'))?.content ?? '',
        'base64',
      ).toString('utf8');
      expect(ics).toContain('METHOD:CANCEL');
      expect(ics).toContain('SEQUENCE:1');
    });
  }

  it('an edit that would leave a scheduled meeting outside the new dates is refused with 409 and the meeting', async () => {
    const id = await clearedVisit('Công ty Đổi ngày');
    const booked = (await book(id, slot('room-25', '09:00', '10:00'))).body;
    const later = dayAfter;
    const answer = await stack.call('PATCH', `/delegations/${id}`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { visit: { arrival: at('08:00', later), departure: at('17:00', lastDay) } },
    });
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(409);
    expect(answer.body.error.details.meetings).toEqual([expect.objectContaining({ id: booked.id })]);
  });
});

describe('During a multi-day visit', () => {
  it('the Office books, moves and cancels meetings of the remaining days', async () => {
    const firstDay = workingDayIn(30);
    const finalDay = nextWorkingDay(nextWorkingDay(firstDay));
    const id = await clearedVisit('Công ty Nhiều ngày', {
      arrival: at('08:00', firstDay),
      departure: at('17:00', finalDay),
    });
    const started = await stack.local('/_local/schedules/visit-progress', {
      scheduledTime: at('08:30', firstDay),
    });
    expect(started.status).toBe(200);
    await stack.bus.settled();
    expect((await stack.call('GET', `/delegations/${id}`, { token: office })).body.status).toBe(
      'in_progress',
    );
    const booked = await book(id, {
      ...slot('room-28', '09:00', '10:00'),
      start: at('09:00', finalDay),
      end: at('10:00', finalDay),
    });
    expect(booked.status).toBe(201);
    const moved = await move(id, booked.body, { start: at('14:00', finalDay), end: at('15:00', finalDay) });
    expect(moved.status).toBe(200);
    const cancelled = await stack.call('DELETE', `/delegations/${id}/meetings/${booked.body.id}`, {
      token: office,
      headers: { 'if-match': moved.headers.get('etag') as string },
    });
    expect(cancelled.status).toBe(200);
    expect((await stack.call('GET', `/delegations/${id}`, { token: office })).body.status).toBe(
      'in_progress',
    );
  });

  it('refuses a meeting shorter than 15 minutes, or one that would start in the past', async () => {
    const id = await clearedVisit('Công ty Họp ngắn');
    const short = await book(id, slot('room-29', '09:00', '09:10'));
    expect(short.status).toBe(422);
    expect(short.body.error.details.reasons.join(' ')).toContain('at least 15 minutes');
    const past = await book(id, {
      ...slot('room-29', '09:00', '10:00'),
      start: inDays(-1, '09:00'),
      end: inDays(-1, '10:00'),
    });
    expect(past.status).toBe(422);
  });
});
