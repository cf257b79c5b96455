import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarRaceStats } from '../../shared/adapters/calendar-repository';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let leadership: string;
const day = workingDayIn(40);
const at = (time: string, date = day) => `${date}T${time}:00+07:00`;
const rooms = Array.from({ length: 14 }, (_, index) => ({
  id: `phong-${index + 1}`,
  name: `Phòng họp ${index + 1}`,
}));
const officials = [
  {
    id: 'giam-doc',
    fullName: 'Nguyễn Văn An',
    title: 'Giám đốc Sở',
    unit: 'Ban Giám đốc',
    email: 'giamdoc@example.vn',
  },
  { id: 'pho-giam-doc', fullName: 'Lê Thị Bình', title: 'Phó Giám đốc Sở', unit: 'Ban Giám đốc' },
  { id: 'chuyen-vien', fullName: 'Phạm Quốc Cường', title: 'Chuyên viên', unit: 'Phòng Quản lý Khoa học' },
];

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
  const admin = await stack.token('admin');
  expect(
    (await stack.call('PUT', '/rooms', { token: admin, headers: { 'if-match': '"0"' }, body: rooms })).status,
  ).toBe(200);
  expect(
    (await stack.call('PUT', '/officials', { token: admin, headers: { 'if-match': '"0"' }, body: officials }))
      .status,
  ).toBe(200);
});
afterAll(() => stack?.stop());

async function clearedDelegation(overrides = {}) {
  const visit = { arrival: at('08:00'), departure: at('17:00', workingDayIn(42)) };
  const created = await stack.call('POST', '/delegations', {
    token: office,
    body: jicaVisit({ visit, ...overrides }),
  });
  await stack.bus.settled();
  return created.body.id as string;
}
const book = (id: string, body: object, token = office) =>
  stack.call('POST', `/delegations/${id}/meetings`, { token, body });
const meeting = (overrides = {}) => ({
  title: 'Làm việc với Ban Giám đốc',
  start: at('09:00'),
  end: at('10:00'),
  roomId: 'phong-1',
  officialIds: [],
  ...overrides,
});

describe('Booking a meeting', () => {
  it('answers 201, and the delegation becomes scheduled with its first meeting', async () => {
    const id = await clearedDelegation();
    const answer = await book(id, meeting({ roomId: 'phong-2', officialIds: ['pho-giam-doc'] }));
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: 'scheduled', sequence: 0, version: 1, findings: [] });
    expect((await stack.call('GET', `/delegations/${id}`, { token: office })).body.status).toBe('scheduled');
    await stack.bus.settled();
    const names = (
      await stack.call('GET', `/delegations/${id}/timeline`, { token: office })
    ).body.entries.map((e: any) => e.name);
    expect(names).toContain('Meeting.Scheduled');
  });

  it('answers 409 with the conflicting meeting when the room is taken, including the 15-minute buffer', async () => {
    const id = await clearedDelegation();
    const first = await book(id, meeting({ roomId: 'phong-3' }));
    expect(first.status).toBe(201);
    const overlapping = await book(id, meeting({ roomId: 'phong-3', start: at('09:30'), end: at('10:30') }));
    expect(overlapping.status).toBe(409);
    expect(overlapping.body.error.details.conflicts).toEqual([
      expect.objectContaining({ resource: 'room#phong-3', meetingId: first.body.id }),
    ]);
    const tooClose = await book(id, meeting({ roomId: 'phong-3', start: at('10:05'), end: at('11:00') }));
    expect(tooClose.status).toBe(409);
    const afterBuffer = await book(id, meeting({ roomId: 'phong-3', start: at('10:15'), end: at('11:00') }));
    expect(afterBuffer.status).toBe(201);
  });

  it('answers 409 when an official is already in another meeting', async () => {
    const id = await clearedDelegation();
    expect(
      (
        await book(
          id,
          meeting({ roomId: 'phong-4', officialIds: ['giam-doc'], start: at('14:00'), end: at('15:00') }),
        )
      ).status,
    ).toBe(201);
    const answer = await book(
      id,
      meeting({ roomId: 'phong-5', officialIds: ['giam-doc'], start: at('14:30'), end: at('15:30') }),
    );
    expect(answer.status).toBe(409);
    expect(answer.body.error.details.conflicts[0].resource).toBe('official#giam-doc');
    // The room taken by the refused request was given back.
    expect(
      (await book(id, meeting({ roomId: 'phong-5', start: at('14:30'), end: at('15:30') }))).status,
    ).toBe(201);
  });

  it.each([
    ['over lunch, outside working hours', { start: at('11:00'), end: at('14:00') }, 'working hours'],
    // The visit arrives at 08:00 on `day`: this meeting is earlier the same morning.
    ['before the delegation arrives', { start: at('07:30'), end: at('07:50') }, 'visit window'],
    ['in a room that does not exist', { roomId: 'phong-99' }, 'no active room'],
  ])('answers 422 for a meeting %s', async (_, change, reason) => {
    const id = await clearedDelegation();
    const answer = await book(id, meeting(change));
    expect(answer.status).toBe(422);
    expect(answer.body.error.details.reasons.join(' ')).toContain(reason);
  });

  it('answers 422 when the visit is not cleared or approved', async () => {
    const id = await clearedDelegation({
      itinerary: [{ name: 'Khu quân sự', restrictedArea: true, overnightStay: true }],
    });
    const answer = await book(id, meeting());
    expect(answer.status).toBe(422);
    expect(answer.body.error.details.reasons).toEqual(['The delegation is blocked.']);
  });

  it('lets only the Office book', async () => {
    const id = await clearedDelegation();
    expect((await book(id, meeting({ roomId: 'phong-6' }), leadership)).status).toBe(403);
  });
});

describe('Correctness under concurrency', () => {
  it('50 concurrent bookings of one room and slot: exactly one 201, every other 409, one meeting stored', async () => {
    const id = await clearedDelegation();
    const racesBefore = calendarRaceStats.lostRaces;
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, n) =>
        book(id, meeting({ title: `Attempt ${n}`, roomId: 'phong-7', start: at('15:00'), end: at('16:00') })),
      ),
    );
    const elapsed = performance.now() - started;
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(49);
    const stored = (await stack.call('GET', `/delegations/${id}/meetings`, { token: office })).body.meetings;
    expect(stored.filter((m: any) => m.roomId === 'phong-7')).toHaveLength(1);
    console.log(
      `[concurrency] same slot: 50 attempts, 1 success, 49 conflicts, ${calendarRaceStats.lostRaces - racesBefore} lost races retried, ${elapsed.toFixed(0)} ms`,
    );
  });

  it('12 concurrent bookings of different rooms at the same time all succeed', async () => {
    const id = await clearedDelegation();
    const started = performance.now();
    const answers = await Promise.all(
      rooms
        .slice(0, 12)
        .map((room) => book(id, meeting({ roomId: room.id, start: at('16:15'), end: at('17:00') }))),
    );
    expect(answers.map((answer) => answer.status)).toEqual(Array(12).fill(201));
    console.log(
      `[concurrency] different rooms: 12 attempts, 12 successes, ${(performance.now() - started).toFixed(0)} ms`,
    );
  });
});

describe('Changing a meeting', () => {
  it('reschedules with If-Match, raises the sequence, frees the old slot and tells the timeline', async () => {
    const id = await clearedDelegation();
    const first = (await book(id, meeting({ roomId: 'phong-8', start: at('08:00'), end: at('09:00') }))).body;
    const moved = await stack.call('PATCH', `/delegations/${id}/meetings/${first.id}`, {
      token: office,
      headers: { 'if-match': `"${first.version}"` },
      body: { start: at('10:00'), end: at('11:00') },
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ sequence: 1, version: 2, start: at('10:00') });
    const free = (await stack.call('GET', `/availability?date=${day}&roomId=phong-8`, { token: office })).body
      .free;
    expect(free[0]).toEqual({ start: at('07:30'), end: at('09:45') });
    const stale = await stack.call('PATCH', `/delegations/${id}/meetings/${first.id}`, {
      token: office,
      headers: { 'if-match': `"${first.version}"` },
      body: { title: 'Again' },
    });
    expect(stale.status).toBe(412);
    await stack.bus.settled();
    const names = (
      await stack.call('GET', `/delegations/${id}/timeline`, { token: office })
    ).body.entries.map((e: any) => e.name);
    expect(names).toContain('Meeting.Rescheduled');
  });

  it('cancels a meeting and gives its room back', async () => {
    const id = await clearedDelegation();
    const first = (await book(id, meeting({ roomId: 'phong-9', start: at('13:30'), end: at('14:30') }))).body;
    const cancelled = await stack.call('DELETE', `/delegations/${id}/meetings/${first.id}`, {
      token: office,
      headers: { 'if-match': '"1"' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', sequence: 1 });
    expect(
      (await book(id, meeting({ roomId: 'phong-9', start: at('13:30'), end: at('14:30') }))).status,
    ).toBe(201);
  });

  it('shows the free intervals of a day for a room and officials together', async () => {
    const id = await clearedDelegation();
    await book(id, meeting({ roomId: 'phong-13', start: at('08:00'), end: at('09:00') }));
    await book(
      id,
      meeting({ roomId: 'phong-14', officialIds: ['chuyen-vien'], start: at('14:00'), end: at('15:00') }),
    );
    const answer = await stack.call(
      'GET',
      `/availability?date=${day}&roomId=phong-13&officialIds=chuyen-vien`,
      { token: leadership },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.free).toEqual([
      { start: at('07:30'), end: at('07:45') },
      { start: at('09:15'), end: at('11:30') },
      { start: at('13:30'), end: at('13:45') },
      { start: at('15:15'), end: at('17:00') },
    ]);
  });
});

describe('A confidential meeting', () => {
  it("needs the competent person's written approval, named by its secrecy level, before it may be held (STATE_SECRETS)", async () => {
    const id = await clearedDelegation();
    const booked = await book(
      id,
      meeting({
        roomId: 'phong-12',
        confidential: true,
        secrecyLevel: 'mat',
        start: at('08:00'),
        end: at('08:45'),
      }),
    );
    expect(booked.body.secrecyLevel).toBe('mat');
    expect(booked.body.findings).toEqual([
      expect.objectContaining({ ruleId: 'STATE_SECRETS', severity: 'action_required' }),
    ]);
    expect(booked.body.findings[0].message).toContain(
      'khoản 1 Điều 11 Luật Bảo vệ bí mật nhà nước năm 2025 (độ Mật)',
    );
    expect(booked.body.findings[0].message).not.toContain('đồng ý của Ban Giám đốc');
    const path = `/delegations/${id}/meetings/${booked.body.id}/secrecy-approval`;
    expect(
      (await stack.call('POST', path, { token: office, body: { reference: '15/SKHCN-VP' } })).status,
    ).toBe(403);
    const approved = await stack.call('POST', path, {
      token: leadership,
      body: { reference: '15/SKHCN-VP' },
      headers: { 'if-match': '"1"' },
    });
    expect(approved.status).toBe(200);
    const listed = (await stack.call('GET', `/delegations/${id}/meetings`, { token: office })).body.meetings;
    expect(listed.find((m: any) => m.id === booked.body.id).findings).toEqual([
      expect.objectContaining({ severity: 'info', message: expect.stringContaining('15/SKHCN-VP') }),
    ]);

    // Moved to another time, it needs the approval again: what was approved was another meeting.
    const moved = await stack.call('PATCH', `/delegations/${id}/meetings/${booked.body.id}`, {
      token: office,
      headers: { 'if-match': approved.headers.get('etag') as string },
      body: { start: at('09:30'), end: at('10:15') },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.secrecyApproval).toBeUndefined();
    const again = (await stack.call('GET', `/delegations/${id}/meetings`, { token: office })).body.meetings;
    expect(again.find((m: any) => m.id === booked.body.id).findings).toEqual([
      expect.objectContaining({ ruleId: 'STATE_SECRETS', severity: 'action_required' }),
    ]);
    const open = await book(
      id,
      meeting({ roomId: 'phong-12', secrecyLevel: 'mat', start: at('13:30'), end: at('14:00') }),
    );
    expect(open.status).toBe(400);
    expect(open.body.error.details.issues[0].path).toBe('secrecyLevel');
  });
});

describe('Codes of rooms, officials and divisions', () => {
  it('are fixed once saved: a list that drops or renames one is refused, retiring it is not', async () => {
    const admin = await stack.token('admin');
    const read = await stack.call('GET', '/rooms', { token: admin });
    const etag = read.headers.get('etag') as string;
    const put = (items: object[]) =>
      stack.call('PUT', '/rooms', { token: admin, headers: { 'if-match': etag }, body: items });
    const [first, ...others] = read.body.items;
    const renamed = await put([{ ...first, id: 'phong-moi' }, ...others]);
    expect(renamed.status).toBe(400);
    expect(renamed.body.error.details.issues).toEqual([
      {
        path: '(root)',
        message: `The code "${first.id}" is in use and fixed: keep it, and switch the entry off to retire it`,
      },
    ]);
    expect((await put(others)).status).toBe(400);
    // Nothing changed: the list is as it was, at its version.
    const after = await stack.call('GET', '/rooms', { token: admin });
    expect(after.headers.get('etag')).toBe(etag);
    const retired = await put([
      { ...first, active: false },
      ...others,
      { id: 'phong-moi', name: 'Phòng mới' },
    ]);
    expect(retired.status).toBe(200);
    expect(retired.body.items.map((room: { id: string }) => room.id)).toEqual([
      first.id,
      ...others.map((room: { id: string }) => room.id),
      'phong-moi',
    ]);
  });

  it('keeps the officials’ and divisions’ codes the same way, once admin has saved the list', async () => {
    const admin = await stack.token('admin');
    // The shipped divisions are placeholders: admin's first save replaces them freely.
    const divisions = await stack.replaceList('/divisions', [
      { id: 'van-phong', name: 'Văn phòng Sở', emails: ['vanphong@example.vn'] },
    ]);
    expect(divisions.status).toBe(200);
    for (const path of ['/officials', '/divisions']) {
      const read = await stack.call('GET', path, { token: admin });
      const dropped = await stack.call('PUT', path, {
        token: admin,
        headers: { 'if-match': read.headers.get('etag') as string },
        body: read.body.items.slice(1),
      });
      expect(dropped.status, path).toBe(400);
      // With the same codes, the list is saved.
      const kept = await stack.call('PUT', path, {
        token: admin,
        headers: { 'if-match': read.headers.get('etag') as string },
        body: read.body.items,
      });
      expect(kept.status, path).toBe(200);
    }
  });
});
