/** The calendar's one call: the visits on the days asked for and their meetings, rooms and officials. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/compliance/calendar';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let leadership: string;
const day = workingDayIn(40);
const at = (time: string, date = day) => `${date}T${time}:00+07:00`;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
  const admin = await stack.token('admin');
  const put = (path: string, body: object) =>
    stack.call('PUT', path, { token: admin, headers: { 'if-match': '"0"' }, body });
  expect((await put('/rooms', [{ id: 'phong-3', name: 'Phòng họp tầng 3' }])).status).toBe(200);
  expect(
    (
      await put('/officials', [
        { id: 'giam-doc', fullName: 'Nguyễn Văn An', title: 'Giám đốc Sở', unit: 'Ban Giám đốc' },
      ])
    ).status,
  ).toBe(200);
});
afterAll(() => stack?.stop());

async function visit(name: string, arrival: string, departure: string) {
  const base = jicaVisit({ visit: { arrival, departure } });
  const created = await stack.call('POST', '/delegations', {
    token: office,
    body: { ...base, partner: { ...base.partner, name } },
  });
  expect(created.status).toBe(201);
  await stack.bus.settled();
  return created.body.id as string;
}
const schedule = (from: string, to: string, token = leadership) =>
  stack.call('GET', `/schedule?from=${from}&to=${to}`, { token });

describe('The calendar of visits and meetings', () => {
  it('shows each visit on the days it is here and its meetings with room and officials', async () => {
    const id = await visit('Viện Lịch Một', at('08:00'), at('17:00', addDays(day, 2)));
    const booked = await stack.call('POST', `/delegations/${id}/meetings`, {
      token: office,
      body: {
        title: 'Làm việc với Giám đốc Sở',
        start: at('09:00', addDays(day, 1)),
        end: at('10:00', addDays(day, 1)),
        roomId: 'phong-3',
        officialIds: ['giam-doc'],
      },
    });
    expect(booked.status).toBe(201);

    // A range that starts the day after the arrival still holds the visit and its meeting.
    const answer = await schedule(addDays(day, 1), addDays(day, 7));
    expect(answer.status).toBe(200);
    const shown = answer.body.visits.find((v: { id: string }) => v.id === id);
    expect(shown).toMatchObject({ partner: { name: 'Viện Lịch Một' }, statusVi: expect.any(String) });
    expect(shown.receiptNumber).toMatch(/^\d{4}\/\d{4}$/);
    expect(answer.body.meetings).toContainEqual(
      expect.objectContaining({
        delegationId: id,
        title: 'Làm việc với Giám đốc Sở',
        roomId: 'phong-3',
        officialIds: ['giam-doc'],
        partnerName: 'Viện Lịch Một',
      }),
    );

    // The days after it left hold neither; the day it arrived holds the visit but not the meeting.
    const after = await schedule(addDays(day, 3), addDays(day, 9), office);
    expect(after.body.visits.map((v: { id: string }) => v.id)).not.toContain(id);
    const first = await schedule(day, day);
    expect(first.body.visits.map((v: { id: string }) => v.id)).toContain(id);
    expect(first.body.meetings.map((m: { delegationId: string }) => m.delegationId)).not.toContain(id);
  });

  it('leaves out a cancelled visit and its meetings', async () => {
    const id = await visit('Viện Lịch Hủy', at('08:00', addDays(day, 4)), at('17:00', addDays(day, 4)));
    expect((await schedule(day, addDays(day, 5))).body.visits.map((v: { id: string }) => v.id)).toContain(id);
    const revision = (await stack.call('GET', `/delegations/${id}`, { token: office })).body.revision;
    const cancelled = await stack.call('POST', `/delegations/${id}/cancel`, {
      token: office,
      headers: { 'if-match': `"${revision}"` },
      body: { reason: 'Đối tác hoãn chuyến thăm' },
    });
    expect(cancelled.status).toBe(200);
    expect((await schedule(day, addDays(day, 5))).body.visits.map((v: { id: string }) => v.id)).not.toContain(
      id,
    );
  });

  it('answers six weeks, and refuses a seventh day more or a range that runs backwards', async () => {
    expect((await schedule(day, addDays(day, 41))).status).toBe(200);
    const long = await schedule(day, addDays(day, 42));
    expect(long.status).toBe(400);
    expect(long.body.error.details.issues[0]).toMatchObject({
      path: 'to',
      message: 'Ask for 42 days at most',
    });
    expect((await schedule(addDays(day, 1), day)).status).toBe(400);
    expect((await stack.call('GET', '/schedule?from=soon&to=later', { token: office })).status).toBe(400);
  });
});
