/** Leadership learns what waits for its decision: one email when it starts waiting, one reminder a day, a list. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/compliance/calendar';
import { inDays, jicaVisit } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let leadership: string;
const LEADERSHIP = 'leadership@hungyen.example.gov.vn';

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
});
afterAll(() => stack?.stop());

async function register(name: string, overrides: object) {
  const base = jicaVisit();
  const created = await stack.call('POST', '/delegations', {
    token: office,
    body: { ...base, partner: { ...base.partner, name }, ...overrides },
  });
  expect(created.status).toBe(201);
  await stack.bus.settled();
  return created.body.id as string;
}
const mailsTo = async (name: string) =>
  (await stack.mails()).filter(
    (mail) => mail.destination.to.includes(LEADERSHIP) && mail.subject.includes(name),
  );

describe('Decisions waiting for leadership', () => {
  it('are announced once to leadership, listed oldest first, reminded once a day, and gone once decided', async () => {
    // Registered three days ahead, after the lead time: leadership decides whether to receive it.
    const late = await register('Viện Gửi Muộn X', {
      visit: { arrival: inDays(3), departure: inDays(4, '17:00') },
    });
    const blocked = await register('Công ty Kho K', {
      itinerary: [{ name: 'Khu quân sự K', restrictedArea: true, overnightStay: true }],
    });
    const [notice] = await mailsTo('Viện Gửi Muộn X');
    expect(notice?.subject).toBe('Đề nghị Ban Giám đốc quyết định việc đón đoàn Viện Gửi Muộn X');
    expect(notice?.body.text).toContain(`mã hồ sơ ${late}`);
    // The reason gives its due date once, in its own words.
    const reason = notice?.body.text?.split('\n').find((line) => line.includes('sau hạn')) ?? '';
    const due = /sau hạn (\d{2}\/\d{2}\/\d{4})/.exec(reason)?.[1] ?? 'none';
    expect(reason.split(due)).toHaveLength(2);
    expect((await mailsTo('Công ty Kho K'))[0]?.subject).toBe(
      'Đoàn Công ty Kho K chưa đủ điều kiện: cần bổ sung hồ sơ hoặc quyết định không tiếp',
    );

    const pending = await stack.call('GET', '/decisions/pending', { token: leadership });
    expect(pending.status).toBe(200);
    const ids = pending.body.items.map((item: { id: string }) => item.id);
    expect(ids.indexOf(late)).toBeLessThan(ids.indexOf(blocked));
    expect(pending.body.items.find((item: { id: string }) => item.id === blocked).reasons).toEqual([
      expect.objectContaining({ ruleId: 'RESTRICTED_AREA', severity: 'blocking' }),
    ]);
    expect((await stack.call('GET', '/decisions/pending', { token: office })).status).toBe(403);

    // The next morning, twice: one reminder for each waiting visit.
    const tomorrow = `${addDays(inDays(0).slice(0, 10), 1)}T08:00:00+07:00`;
    for (let run = 0; run < 2; run++) {
      expect(
        (await stack.local('/_local/schedules/pending-decisions', { scheduledTime: tomorrow })).status,
      ).toBe(200);
    }
    await stack.bus.settled();
    expect(await mailsTo('Viện Gửi Muộn X')).toHaveLength(2);

    const decided = await stack.call('POST', `/delegations/${late}/decision`, {
      token: leadership,
      headers: { 'if-match': '"1"' },
      body: { decision: 'approve' },
    });
    expect(decided.status).toBe(200);
    const after = await stack.call('GET', '/decisions/pending', { token: leadership });
    expect(after.body.items.map((item: { id: string }) => item.id)).not.toContain(late);
  });
});
