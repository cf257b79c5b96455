/**
 * The Office's day and leadership's decision as the API tells them: one worklist call, tasks that
 * can be finished, what each person may do to a visit now, and a decision the report then shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDays, jicaVisit } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let leadership: string;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
});
afterAll(() => stack?.stop());

async function register(name: string, overrides: object = {}) {
  const base = jicaVisit();
  const created = await stack.call('POST', '/delegations', {
    token: office,
    body: { ...base, partner: { ...base.partner, name }, ...overrides },
  });
  expect(created.status).toBe(201);
  await stack.bus.settled();
  return created.body.id as string;
}
const read = async (id: string, token = office) =>
  (await stack.call('GET', `/delegations/${id}`, { token })).body;
const worklist = async () => {
  const answer = await stack.call('GET', '/worklist', { token: office });
  expect(answer.status).toBe(200);
  return answer.body;
};
const tasksOf = async (id: string): Promise<{ key: string; ruleId: string; waitsForLeadership: boolean }[]> =>
  (await worklist()).visits.find((visit: { id: string }) => visit.id === id)?.tasks ?? [];
const done = (id: string, key: string, body: object, revision: number | string = 1) =>
  stack.call('POST', `/delegations/${id}/tasks/${key}/done`, {
    token: office,
    headers: { 'if-match': `"${revision}"` },
    body,
  });

describe('What each person may do to a visit now', () => {
  it('follows the visit’s status and the person’s roles, and a decision changes it', async () => {
    // Three days ahead: too late, leadership decides whether to receive it.
    const id = await register('Viện Quyết Định A', {
      visit: { arrival: inDays(3), departure: inDays(4, '17:00') },
    });
    expect((await read(id)).allowedActions).toEqual(['edit', 'cancel', 'record-permit', 'finish-task']);
    expect((await read(id, leadership)).allowedActions).toEqual(['approve', 'reject']);

    const decided = await stack.call('POST', `/delegations/${id}/decision`, {
      token: leadership,
      headers: { 'if-match': '"1"' },
      body: { decision: 'approve', note: 'Đồng ý, Văn phòng gửi ngay danh sách khách.' },
    });
    expect(decided.status).toBe(200);
    await stack.bus.settled();
    expect((await read(id)).allowedActions).toEqual([
      'edit',
      'cancel',
      'record-permit',
      'book-meeting',
      'finish-task',
    ]);
    expect((await read(id, leadership)).allowedActions).toEqual([]);

    // The report now reads as decided: the finding that asked for the decision, and the outcome.
    const report = (await stack.call('GET', `/delegations/${id}/compliance`, { token: office })).body;
    expect(report.outcomeVi).toMatch(/^Lãnh đạo Sở đã đồng ý ngày \d{2}\/\d{2}\/\d{4}$/);
    expect(report.decision).toMatchObject({
      decision: 'approve',
      note: 'Đồng ý, Văn phòng gửi ngay danh sách khách.',
    });
    const late = report.findings.find((finding: { ruleId: string }) => finding.ruleId === 'LEAD_TIME');
    expect(late).toMatchObject({ decided: 'approve', severityVi: 'Đã quyết định: đồng ý' });
    // And the worklist no longer waits on leadership for it.
    expect((await tasksOf(id)).some((task) => task.waitsForLeadership)).toBe(false);
  });
});

describe('The worklist', () => {
  it('answers this week’s arrivals and every open visit’s tasks in one call, the decision waiting flagged', async () => {
    const soon = await register('Viện Đến Sớm B', {
      visit: { arrival: inDays(3), departure: inDays(3, '17:00') },
    });
    const list = await worklist();
    expect(list.arrivals.map((visit: { id: string }) => visit.id)).toContain(soon);
    const tasks = await tasksOf(soon);
    expect(tasks.find((task) => task.ruleId === 'LEAD_TIME')?.waitsForLeadership).toBe(true);
    expect(tasks.some((task) => task.ruleId === 'GUEST_LIST_TO_POLICE')).toBe(true);
  });

  it('gives leadership and the Office the day’s figures: a visit waiting for a decision counts until it is decided', async () => {
    const before = (await stack.call('GET', '/worklist', { token: leadership })).body.summary;
    const pending = await stack.call('GET', '/decisions/pending', { token: leadership });
    // The dashboard's badge and the inbox count the same visits.
    expect(before.waitingForLeadership).toBe(pending.body.items.length);
    const id = await register('Viện Đếm Số E', {
      visit: { arrival: inDays(2), departure: inDays(2, '17:00') },
    });
    const { today, summary: after } = await worklist();
    expect(after.waitingForLeadership).toBe(before.waitingForLeadership + 1);
    expect(after.arrivalsThisWeek).toBe(before.arrivalsThisWeek + 1);
    const thisMonth = inDays(2).slice(0, 7) === today.slice(0, 7) ? 1 : 0;
    expect(after.visitsThisMonth).toBe(before.visitsThisMonth + thisMonth);
    const decided = await stack.call('POST', `/delegations/${id}/decision`, {
      token: leadership,
      headers: { 'if-match': '"1"' },
      body: { decision: 'reject', note: 'Không tiếp đoàn.' },
    });
    expect(decided.status).toBe(200);
    await stack.bus.settled();
    const refused = (await worklist()).summary;
    expect(refused.waitingForLeadership).toBe(before.waitingForLeadership);
    expect(refused.arrivalsThisWeek).toBe(before.arrivalsThisWeek);
    expect(refused.visitsThisMonth).toBe(before.visitsThisMonth);
  });

  it('lets the Office finish a task once, with a note: it leaves the worklist and shows on the report and the timeline', async () => {
    const id = await register('Viện Hoàn Thành C');
    const task = (await tasksOf(id)).find((candidate) => candidate.ruleId === 'GUEST_LIST_TO_POLICE');
    expect(task).toBeDefined();
    const key = task?.key as string;

    // Two clicks at once: both answer the visit with the task done, one entry on the timeline.
    const [first, second] = await Promise.all([
      done(id, key, { note: 'Đã gửi Công văn số 412/SKHCN-VP' }),
      done(id, key, { note: 'Đã gửi Công văn số 412/SKHCN-VP' }),
    ]);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(first.body.tasksDone).toEqual([
      expect.objectContaining({ key, note: 'Đã gửi Công văn số 412/SKHCN-VP', doneAt: expect.any(String) }),
    ]);
    await stack.bus.settled();
    expect((await tasksOf(id)).map((candidate) => candidate.key)).not.toContain(key);
    const report = (await stack.call('GET', `/delegations/${id}/compliance`, { token: office })).body;
    expect(report.findings.find((finding: { key: string }) => finding.key === key).done).toMatchObject({
      note: 'Đã gửi Công văn số 412/SKHCN-VP',
    });
    const timeline = (await stack.call('GET', `/delegations/${id}/timeline`, { token: office })).body.entries;
    expect(
      timeline.filter((entry: { name: string }) => entry.name === 'Delegation.TaskCompleted'),
    ).toHaveLength(1);

    // Again later: nothing changes.
    const again = await done(id, key, { note: 'Lần nữa' });
    expect(again.status).toBe(200);
    expect(again.body.tasksDone).toHaveLength(1);
  });

  it('refuses a task the report does not hold, a file not in the dossier, and a stale revision', async () => {
    const id = await register('Viện Từ Chối D');
    const [task] = await tasksOf(id);
    const unknown = await done(id, 'NO_SUCH_RULE', {});
    expect(unknown.status).toBe(409);
    expect(unknown.body.error.code).toBe('conflict');
    const noFile = await done(id, task?.key as string, { attachmentId: '01NOSUCHFILE' });
    expect(noFile.status).toBe(422);
    expect(noFile.body.error.details.reasonsVi).toEqual(['Tệp được chọn không có trong hồ sơ đoàn.']);
    const stale = await done(id, task?.key as string, {}, 7);
    expect(stale.status).toBe(412);
    const badKey = await done(id, 'two%20words', {});
    expect(badKey.status).toBe(400);
  });
});
