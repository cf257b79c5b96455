import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jicaVisit } from '../fixtures/registration';
import { replayEvent, startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let leadership: string;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
});
afterAll(() => stack?.stop());

async function registerAndCheck(overrides: Parameters<typeof jicaVisit>[0] = {}) {
  const created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit(overrides) });
  expect(created.status).toBe(201);
  await stack.bus.settled();
  return created.body.id as string;
}
const get = (id: string, suffix = '') => stack.call('GET', `/delegations/${id}${suffix}`, { token: office });
const eventsAbout = (id: string, name: string) =>
  stack.bus.history.filter((event) => event.detailType === name && (event.detail as any).delegationId === id);

describe('Every registration is checked against the regulations', () => {
  it('a plain working visit well ahead of time is cleared', async () => {
    const id = await registerAndCheck();
    expect((await get(id)).body.status).toBe('cleared');
    const report = await get(id, '/compliance');
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({
      outcome: 'cleared',
      outcomeVi: 'Đủ điều kiện',
      current: true,
      delegationVersion: 1,
    });
    expect(report.body.findings.map((finding: any) => finding.ruleId)).toContain('GUEST_LIST_TO_POLICE');
  });

  it("a sensitive topic is the Office's task to ask the Chairman: the report says which rule, its legal basis, what to do and by when", async () => {
    const id = await registerAndCheck({ topics: ['human rights dialogue'] });
    expect((await get(id)).body.status).toBe('cleared');
    const report = (await get(id, '/compliance')).body;
    const finding = report.findings.find((f: any) => f.ruleId === 'SENSITIVE_TOPIC');
    expect(finding).toMatchObject({
      severity: 'action_required',
      citation: expect.stringContaining('Quyết định số 1755-QĐ/TU'),
      title: { vi: 'Nội dung làm việc nhạy cảm' },
      agencies: ['police', 'party-external'],
      approvals: [expect.objectContaining({ authority: 'provincial-committee', kind: 'content-approval' })],
    });
    expect(finding.message).toContain('Văn phòng Sở trình Chủ tịch');
    expect(finding.dueDateVi).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const readable = report.summaryVi.join('\n');
    expect(readable).toContain('Căn cứ: Quyết định số 1755-QĐ/TU');
    // The team's notes on where a figure came from never reach the reader.
    expect(readable).not.toMatch(/seed plan|practice|unverified|Nha Trang|Bắc Giang/);
  });

  it('leadership approves it and the decision appears on the timeline after the check', async () => {
    const id = await registerAndCheck({ topics: ['human rights dialogue'] });
    const denied = await stack.call('POST', `/delegations/${id}/decision`, {
      token: office,
      body: { decision: 'approve' },
    });
    expect(denied.status).toBe(403);

    const decided = await stack.call('POST', `/delegations/${id}/decision`, {
      token: leadership,
      body: { decision: 'approve', note: 'Đồng ý, mời Công an tỉnh dự.' },
      headers: { 'if-match': '"1"' },
    });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'approved',
      decision: { decision: 'approve', decidedBy: { roles: ['leadership'] } },
    });
    await stack.bus.settled();
    const names = (await get(id, '/timeline')).body.entries
      .map((entry: any) => entry.name)
      .filter((name: string) => !name.startsWith('Notification.'));
    expect(names).toEqual(['Delegation.Registered', 'Delegation.ComplianceChecked', 'Delegation.Approved']);
  });

  it('refuses to approve a blocked visit with 409 and lists the blocking findings', async () => {
    const id = await registerAndCheck({
      itinerary: [{ name: 'Khu vực quân sự K', restrictedArea: true, overnightStay: true }],
    });
    expect((await get(id)).body.status).toBe('blocked');
    const answer = await stack.call('POST', `/delegations/${id}/decision`, {
      token: leadership,
      body: { decision: 'approve' },
      headers: { 'if-match': '"1"' },
    });
    expect(answer.status).toBe(409);
    expect(answer.body.error.details.blockingFindings).toEqual([
      expect.objectContaining({
        ruleId: 'RESTRICTED_AREA',
        citation:
          'Điều 1, Điều 2 và Điều 5 Quyết định số 160/2004/QĐ-TTg (cơ quan cấp phép theo đơn vị quản lý khu vực và thời gian xử lý hồ sơ chưa xác minh); Điều 34 Luật số 47/2014/QH13',
      }),
    ]);
  });

  it('a corrected registration is checked again and the newer report wins', async () => {
    const id = await registerAndCheck({
      itinerary: [{ name: 'Khu vực quân sự K', restrictedArea: true, overnightStay: true }],
    });
    const before = (await get(id)).body;
    const fixed = await stack.call('PATCH', `/delegations/${id}`, {
      token: office,
      headers: { 'if-match': `"${before.revision}"` },
      body: { itinerary: [{ name: 'Khách sạn Phố Hiến', overnightStay: true }] },
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({
      status: 'under_review',
      version: before.version + 1,
      revision: before.revision + 1,
    });
    expect(fixed.headers.get('etag')).toBe(`"${before.revision + 1}"`);
    expect(fixed.body.topics).toEqual(before.topics);
    await stack.bus.settled();
    const after = (await get(id)).body;
    expect(after.status).toBe('cleared');
    const report = (await get(id, '/compliance')).body;
    expect(report).toMatchObject({
      delegationVersion: fixed.body.version,
      current: true,
      outcome: 'cleared',
    });
  });

  it('the ETag of a registration stays valid through the background check, until someone edits it', async () => {
    const registered = await stack.call('POST', '/delegations', { token: office, body: jicaVisit() });
    await stack.bus.settled();
    const checked = await get(registered.body.id);
    expect(checked.body.version).toBeGreaterThan(registered.body.version);
    expect(checked.headers.get('etag')).toBe(registered.headers.get('etag'));
    const edit = await stack.call('PATCH', `/delegations/${registered.body.id}`, {
      token: office,
      headers: { 'if-match': registered.headers.get('etag') as string },
      body: { purpose: 'Khảo sát hợp tác nông nghiệp thông minh' },
    });
    expect(edit.status).toBe(200);
  });

  it('an edit based on an old revision gets 412 and one without If-Match gets 428', async () => {
    const id = await registerAndCheck();
    const first = await stack.call('PATCH', `/delegations/${id}`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { purpose: 'Changed purpose' },
    });
    expect(first.status).toBe(200);
    const stale = await stack.call('PATCH', `/delegations/${id}`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { purpose: 'Changed purpose again' },
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.details.currentVersion).toBe(2);
    const blind = await stack.call('PATCH', `/delegations/${id}`, {
      token: office,
      body: { purpose: 'Changed purpose' },
    });
    expect(blind.status).toBe(428);
  });

  it('a replayed registration event changes nothing and publishes nothing twice', async () => {
    const id = await registerAndCheck();
    const before = (await get(id)).body;
    const mailsBefore = (await stack.mails()).length;
    const registered = eventsAbout(id, 'Delegation.Registered');
    for (let replay = 0; replay < 3; replay++) {
      await replayEvent(stack, 'Delegation.Registered', registered[0]?.detail);
    }
    await stack.bus.settled();
    expect((await get(id)).body).toEqual(before);
    expect(eventsAbout(id, 'Delegation.ComplianceChecked')).toHaveLength(1);
    const timeline = (await get(id, '/timeline')).body.entries;
    expect(timeline.filter((entry: any) => entry.name === 'Delegation.ComplianceChecked')).toHaveLength(1);
    expect((await stack.mails()).length).toBe(mailsBefore);
  });

  it('the Office cancels a visit with a reason; a cancelled visit cannot be cancelled again', async () => {
    const id = await registerAndCheck();
    const cancelled = await stack.call('POST', `/delegations/${id}/cancel`, {
      token: office,
      body: { reason: 'Đoàn hoãn chuyến thăm' },
      headers: { 'if-match': '"1"' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancellation: { reason: 'Đoàn hoãn chuyến thăm' },
    });
    const again = await stack.call('POST', `/delegations/${id}/cancel`, {
      token: office,
      body: { reason: 'again' },
      headers: { 'if-match': '"1"' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('illegal_transition');
  });
});

describe('Anyone signed in can see the rules and why the system decides', () => {
  it('lists every rule with its citation and the current figures', async () => {
    const answer = await stack.call('GET', '/rules', { token: await stack.token('admin') });
    expect(answer.status).toBe(200);
    expect(answer.body.profile).toMatchObject({ id: 'hung-yen' });
    expect(answer.body.rules).toHaveLength(20);
    expect(answer.body.rules.find((rule: any) => rule.id === 'LEAD_TIME')).toMatchObject({
      verified: false,
      parameters: { leadTimeWorkingDays: 5 },
      versions: [{ from: '2019-10-18', citation: expect.stringContaining('chưa xác minh') }],
    });
    // Where the law changed, each version with its dates.
    expect(answer.body.rules.find((rule: any) => rule.id === 'STATE_SECRETS').versions).toEqual([
      { from: '2020-07-01', to: '2026-02-28', citation: 'Điều 18 Luật Bảo vệ bí mật nhà nước năm 2018' },
      { from: '2026-03-01', citation: expect.stringContaining('Luật số 117/2025/QH15') },
    ]);
    expect(JSON.stringify(answer.body)).not.toMatch(/provenance|Nha Trang|Bắc Giang|unverified/);
  });

  it('refuses an anonymous caller', async () => {
    expect((await stack.call('GET', '/rules')).status).toBe(401);
  });
});
