/** Admin corrects the holiday calendar without a release; the visits not yet started are checked again. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/compliance/calendar';
import { calendarOf, hungYenProfile } from '../../shared/compliance/profile';
import { inDays, jicaVisit } from '../fixtures/registration';
import { replayEvent, startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let admin: string;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  admin = await stack.token('admin');
});
afterAll(() => stack?.stop());

const calendar = calendarOf(hungYenProfile);
const today = inDays(0).slice(0, 10);

/** An arrival for which a request received today is on time by exactly its last day. */
function arrivalJustInTime(): string {
  let arrival = addDays(today, 7);
  while (calendar.workingDaysBefore(arrival, 5) !== calendar.receivedOn(today)) arrival = addDays(arrival, 1);
  return arrival;
}

const readYear = async (year: number) => {
  const answer = await stack.call('GET', `/calendar/holidays?year=${year}`, { token: admin });
  return { data: answer.body.items[0], etag: answer.headers.get('etag') as string };
};
const putYear = (year: number, body: object, etag?: string) =>
  stack.call('PUT', `/calendar/holidays/${year}`, {
    token: admin,
    body,
    headers: etag ? { 'if-match': etag } : {},
  });

describe('The holiday calendar', () => {
  it('names each day off and make-up day, a day admin adds after the notice too', async () => {
    const { data, etag } = await readYear(2026);
    expect(data.names['2026-02-17']).toBe('Tết Nguyên đán');
    expect(data.names['2026-04-27']).toBe('Nghỉ bù, hoán đổi dịp Giỗ Tổ Hùng Vương');
    expect(data.names['2026-08-22']).toBe('Làm bù dịp Quốc khánh');
    expect(Object.keys(data.names).sort()).toEqual([...data.daysOff, ...data.makeUpWorkingDays].sort());
    const added = await putYear(
      2026,
      {
        official: true,
        notice: data.source,
        daysOff: [...data.daysOff, '2026-06-15'],
        makeUpWorkingDays: data.makeUpWorkingDays,
      },
      etag,
    );
    expect(added.status).toBe(200);
    const after = await readYear(2026);
    expect(after.data.names['2026-06-15']).toBe('Ngày nghỉ theo thông báo');
    expect(after.data.names['2026-02-17']).toBe('Tết Nguyên đán');
  });

  it('refuses dates outside the year, on the wrong kind of day, without If-Match or from a stale copy', async () => {
    const year = Number(today.slice(0, 4)) + 1;
    const { data, etag } = await readYear(year);
    expect(etag).toBe('"0"');
    const body = { official: false, notice: 'Dự kiến', daysOff: data.daysOff, makeUpWorkingDays: [] };
    expect((await putYear(year, body)).status).toBe(428);
    const outside = await putYear(year, { ...body, daysOff: [`${year - 1}-12-30`] }, etag);
    expect(outside.status).toBe(400);
    expect(outside.body.error.details.issues[0]).toMatchObject({
      path: 'daysOff.0',
      message: `Must be a day of ${year}`,
    });
    const saturday = [...Array(7)]
      .map((_, i) => `${year}-03-0${i + 1}`)
      .find((day) => new Date(`${day}T12:00:00Z`).getUTCDay() === 6);
    const weekend = await putYear(year, { ...body, daysOff: [saturday] }, etag);
    expect(weekend.body.error.details.issues[0].message).toBe('A day off is a weekday');
    expect((await putYear(year, body, etag)).status).toBe(200);
    expect((await putYear(year, body, etag)).status).toBe(412);
    expect((await readYear(year)).etag).toBe('"1"');
  });

  it('a new day off inside the lead time makes an on-time request late, once, and no meeting fits that day', async () => {
    const arrival = arrivalJustInTime();
    const created = await stack.call('POST', '/delegations', {
      token: office,
      body: jicaVisit({
        visit: { arrival: `${arrival}T08:30:00+07:00`, departure: `${arrival}T17:00:00+07:00` },
      }),
    });
    expect(created.status).toBe(201);
    await stack.bus.settled();
    const id = created.body.id as string;
    expect((await stack.call('GET', `/delegations/${id}`, { token: office })).body.status).toBe('cleared');

    // A working day between the request and the arrival is declared off (a new holiday).
    let dayOff = calendar.workingDaysAfter(calendar.receivedOn(today), 1);
    while (dayOff === arrival) dayOff = addDays(dayOff, 1);
    const year = Number(dayOff.slice(0, 4));
    const { data, etag } = await readYear(year);
    const saved = await putYear(
      year,
      {
        official: true,
        notice: 'Thông báo nghỉ lễ bổ sung (thử nghiệm)',
        daysOff: [...data.daysOff, dayOff],
        makeUpWorkingDays: data.makeUpWorkingDays,
      },
      etag,
    );
    expect(saved.status).toBe(200);
    await stack.bus.settled();

    const after = await stack.call('GET', `/delegations/${id}`, { token: office });
    expect(after.body.status).toBe('approval_required');
    const report = (await stack.call('GET', `/delegations/${id}/compliance`, { token: office })).body;
    expect(report.findings.map((finding: { ruleId: string }) => finding.ruleId)).toContain('LEAD_TIME');
    expect(report.holidayCalendars).toContainEqual(
      expect.objectContaining({ year, version: Number(saved.headers.get('etag')?.replaceAll('"', '')) }),
    );
    const timeline = await stack.call('GET', `/delegations/${id}/timeline`, { token: office });
    expect(timeline.body.entries.map((entry: { name: string }) => entry.name)).toContain(
      'Delegation.RecheckRequested',
    );

    // The same change delivered again checks nothing twice.
    await replayEvent(stack, 'HolidayCalendar.Changed', {
      eventId: `HolidayCalendar.Changed.v1:holidays-${year}:replay`,
      name: 'HolidayCalendar.Changed',
      version: 1,
      occurredAt: new Date().toISOString(),
      correlationId: 'replay',
      actor: { sub: 'admin', roles: ['admin'] },
      data: {
        year,
        version: Number(saved.headers.get('etag')?.replaceAll('"', '')),
        official: true,
        notice: 'x',
      },
    });
    await stack.bus.settled();
    expect((await stack.call('GET', `/delegations/${id}`, { token: office })).body.version).toBe(
      after.body.version,
    );

    const free = await stack.call('GET', `/availability?date=${dayOff}&roomId=phong-1`, { token: office });
    expect(free.body.free).toEqual([]);
    const rules = await stack.call('GET', '/rules', { token: office });
    expect(rules.body.holidayCalendar.find((item: { year: number }) => item.year === year)).toMatchObject({
      official: true,
      daysOff: expect.arrayContaining([dayOff]),
    });
  });
});

describe('A holiday correction', () => {
  /** The first working day at least `days` from today (a weekday that is no holiday yet). */
  const workingDayIn = (days: number) => calendar.workingDayOnOrAfter(addDays(today, days));
  const register = async (name: string, day: string) => {
    const created = await stack.call('POST', '/delegations', {
      token: office,
      body: jicaVisit({
        partner: { name, country: 'JP', type: 'foreign_business' },
        visit: { arrival: `${day}T08:30:00+07:00`, departure: `${day}T17:00:00+07:00` },
      }),
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.id as string;
  };
  const rechecks = async (id: string) =>
    (await stack.call('GET', `/delegations/${id}/timeline`, { token: office })).body.entries.filter(
      (entry: { name: string }) => entry.name === 'Delegation.RecheckRequested',
    ).length;
  const mailsAbout = async (name: string) =>
    (await stack.mails()).filter((mail) => mail.subject.includes(name) || mail.body.text?.includes(name));
  const addDayOff = async (day: string) => {
    const year = Number(day.slice(0, 4));
    const { data, etag } = await readYear(year);
    const body = {
      official: true,
      notice: 'Thông báo nghỉ bổ sung (thử nghiệm)',
      daysOff: [...data.daysOff, day],
      makeUpWorkingDays: data.makeUpWorkingDays,
    };
    const preview = await stack.call('POST', `/calendar/holidays/${year}/preview`, { token: admin, body });
    expect(preview.status).toBe(200);
    expect((await readYear(year)).etag, 'a preview saves nothing').toBe(etag);
    const saved = await putYear(year, body, etag);
    expect(saved.status).toBe(200);
    await stack.bus.settled();
    return preview.body;
  };

  it('re-checks only the visits it can concern, and mails no agency the same letter again', async () => {
    const near = await register('Công ty Gần Ngày', workingDayIn(20));
    const far = await register('Công ty Xa Ngày', workingDayIn(330));
    await stack.bus.settled();
    const before = {
      near: (await mailsAbout('Công ty Gần Ngày')).length,
      far: (await mailsAbout('Công ty Xa Ngày')).length,
    };
    expect(before.near).toBeGreaterThan(0);

    // A day off half a year away: out of reach of both visits' deadlines.
    const between = await addDayOff(workingDayIn(175));
    expect(between.visitsToRecheck).toBe(0);
    expect([await rechecks(near), await rechecks(far)]).toEqual([0, 0]);

    // A day off after the near visit: it is checked again, but no agency's part changed.
    const after = await addDayOff(workingDayIn(28));
    expect(after.visitsToRecheck).toBeGreaterThanOrEqual(1);
    expect([await rechecks(near), await rechecks(far)]).toEqual([1, 0]);
    expect((await mailsAbout('Công ty Gần Ngày')).length).toBe(before.near);
    expect((await mailsAbout('Công ty Xa Ngày')).length).toBe(before.far);
  });

  it('says before saving which booked meeting lands on the new day off; saved, the Office gets a task for it', async () => {
    const day = workingDayIn(45);
    const rooms = await stack.replaceList('/rooms', [
      { id: 'phong-hop-a', name: 'Phòng họp A', capacity: 20 },
    ]);
    expect(rooms.status).toBe(200);
    const id = await register('Viện Họp Ngày Nghỉ', day);
    await stack.bus.settled();
    const booked = await stack.call('POST', `/delegations/${id}/meetings`, {
      token: office,
      body: {
        title: 'Làm việc với Phòng Quản lý khoa học',
        start: `${day}T09:00:00+07:00`,
        end: `${day}T10:00:00+07:00`,
        roomId: 'phong-hop-a',
        officialIds: [],
      },
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    await stack.bus.settled();
    const officeMails = (await mailsAbout('Viện Họp Ngày Nghỉ')).length;

    const preview = await addDayOff(day);
    expect(preview.changedDays).toEqual([day]);
    expect(preview.meetingsOnNewDaysOff).toEqual([
      expect.objectContaining({
        delegationId: id,
        meetingId: booked.body.id,
        title: 'Làm việc với Phòng Quản lý khoa học',
      }),
    ]);
    const report = (await stack.call('GET', `/delegations/${id}/compliance`, { token: office })).body;
    expect(report.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'MEETING_ON_DAY_OFF', severity: 'action_required' }),
    );
    const told = (await mailsAbout('Viện Họp Ngày Nghỉ')).slice(officeMails);
    expect(told.some((mail) => mail.body.text?.includes('rơi vào ngày nghỉ'))).toBe(true);
  });
});
