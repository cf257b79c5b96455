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
