/**
 * Permissions and permits that belong to outside authorities: recorded by the Office, checked
 * again, never replaced by leadership's decision; and who is told what about them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultAgencies } from '../../shared/domain/agency-directory';
import { inDays, jicaVisit } from '../fixtures/registration';
import { type StoredEmail, startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let leadership: string;
const POLICE = 'police@hungyen.example.gov.vn';
const OFFICE = 'office@hungyen.example.gov.vn';

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
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await stack.bus.settled();
  return created.body.id as string;
}
const read = (id: string) => stack.call('GET', `/delegations/${id}`, { token: office });
const compliance = async (id: string) =>
  (await stack.call('GET', `/delegations/${id}/compliance`, { token: office })).body;
const mailsAbout = async (name: string, to?: string): Promise<StoredEmail[]> =>
  (await stack.mails()).filter(
    (mail) =>
      (mail.subject.includes(name) || mail.body.text?.includes(name)) &&
      (!to || mail.destination.to.includes(to)),
  );
const policePermit = {
  kind: 'restricted-area-permit',
  authority: 'police',
  documentNumber: '45/GP-CAT-PA02',
  documentDate: inDays(0).slice(0, 10),
  issuingBody: 'Công an tỉnh Hưng Yên',
};
const record = async (id: string, body: object, etag?: string) =>
  stack.call('POST', `/delegations/${id}/approvals`, {
    token: office,
    body,
    headers: { 'if-match': etag ?? ((await read(id)).headers.get('etag') as string) },
  });

describe('A permit from the police for a restricted area', () => {
  it('keeps the guest list back while missing; once recorded, the finding shows it and the guest list goes', async () => {
    const id = await register('Nhà máy Kho Z', {
      itinerary: [{ name: 'Nhà máy Z', restrictedArea: true }],
    });
    expect((await read(id)).body.status).toBe('cleared');
    const before = (await compliance(id)).findings.find(
      (finding: { ruleId: string }) => finding.ruleId === 'RESTRICTED_AREA',
    );
    expect(before).toMatchObject({ severity: 'action_required', agencies: ['police', 'military'] });

    // The police are told about the restricted area, in their own terms, without the guest list yet.
    const [notice, ...more] = await mailsAbout('Nhà máy Kho Z', POLICE);
    expect(more).toHaveLength(0);
    expect(notice?.body.text).toContain(
      'Đoàn dự kiến vào khu vực cấm, địa điểm trọng yếu do quý cơ quan quản lý: Nhà máy Z',
    );
    expect(notice?.body.text).not.toContain('Danh sách khách');
    expect(notice?.body.text).not.toContain('Văn phòng Sở gửi văn bản đề nghị');
    // The Office's own email carries its task.
    const [task] = await mailsAbout('Nhà máy Kho Z', OFFICE);
    expect(task?.subject).toBe('Kết quả kiểm tra hồ sơ đoàn Nhà máy Kho Z: việc cần làm');
    expect(task?.body.text).toContain('Văn phòng Sở gửi văn bản đề nghị Công an tỉnh Hưng Yên cấp giấy phép');

    const stale = await record(id, policePermit, '"9"');
    expect(stale.status).toBe(412);
    const missing = await stack.call('POST', `/delegations/${id}/approvals`, {
      token: office,
      body: policePermit,
    });
    expect(missing.status).toBe(428);
    const invalid = await record(id, { ...policePermit, kind: 'parking-permit' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.issues[0].path).toBe('kind');

    const saved = await record(id, policePermit);
    expect(saved.status).toBe(201);
    expect(saved.headers.get('etag')).toBe('"2"');
    expect(saved.body.approval).toMatchObject({ ...policePermit, recordedBy: expect.any(Object) });
    await stack.bus.settled();

    expect((await read(id)).body.status).toBe('cleared');
    const after = (await compliance(id)).findings.find(
      (finding: { ruleId: string }) => finding.ruleId === 'RESTRICTED_AREA',
    );
    expect(after).toMatchObject({
      severity: 'info',
      approvals: [
        expect.objectContaining({ recorded: expect.objectContaining({ documentNumber: '45/GP-CAT-PA02' }) }),
      ],
    });
    expect(after.message).toContain('văn bản số 45/GP-CAT-PA02');
    const withList = (await mailsAbout('Nhà máy Kho Z', POLICE)).filter((mail) =>
      mail.body.text?.includes('Danh sách khách'),
    );
    expect(withList).toHaveLength(1);
    const timeline = await stack.call('GET', `/delegations/${id}/timeline`, { token: office });
    expect(timeline.body.entries.map((entry: { name: string }) => entry.name)).toContain(
      'Delegation.ApprovalRecorded',
    );
  });

  it('two officers recording at once: one is saved, the other gets 412, and the visit holds one record', async () => {
    const id = await register('Nhà máy Kho Y', { itinerary: [{ name: 'Kho Y', restrictedArea: true }] });
    const etag = (await read(id)).headers.get('etag') as string;
    const answers = await Promise.all([
      record(id, policePermit, etag),
      record(id, { ...policePermit, documentNumber: '46/GP-CAT-PA02' }, etag),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 412]);
    await stack.bus.settled();
    expect((await read(id)).body.approvals).toHaveLength(1);
  });

  it.each([
    ['dated after today', { documentDate: inDays(1).slice(0, 10) }, 'documentDate'],
    ['dated 01/01/1900', { documentDate: '1900-01-01' }, 'documentDate'],
    ['dated 731 days ago', { documentDate: inDays(-731).slice(0, 10) }, 'documentDate'],
    ['valid until 31/12/2099', { validUntil: '2099-12-31' }, 'validUntil'],
  ])('a permit %s is refused with 400 naming the date, and clears nothing', async (_, dates, field) => {
    const id = await register(`Nhà máy Kho ${field} ${Object.values(dates)[0]}`, {
      itinerary: [{ name: 'Kho V', restrictedArea: true }],
    });
    const answer = await record(id, { ...policePermit, ...dates });
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('validation_failed');
    expect(answer.body.error.details.issues.map((issue: { path: string[] }) => issue.path)).toEqual([
      [field],
    ]);
    expect((await read(id)).body.approvals).toEqual([]);
  });

  it('a permit dated 730 days ago and valid for five years from its date is taken', async () => {
    const id = await register('Nhà máy Kho U', { itinerary: [{ name: 'Kho U', restrictedArea: true }] });
    const documentDate = inDays(-730).slice(0, 10);
    const validUntil = new Date(Date.parse(`${documentDate}T00:00:00Z`) + 1830 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const answer = await record(id, { ...policePermit, documentDate, validUntil });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  });

  it('a closed visit takes no more records', async () => {
    const id = await register('Nhà máy Kho X', { itinerary: [{ name: 'Kho X', restrictedArea: true }] });
    const cancelled = await stack.call('POST', `/delegations/${id}/cancel`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { reason: 'Đối tác hoãn chuyến thăm' },
    });
    expect(cancelled.status).toBe(200);
    const answer = await record(id, policePermit);
    expect(answer.status).toBe(409);
    expect(answer.body.error.message).toContain('cancelled');
  });
});

describe("Leadership's decision and an outside authority's permission", () => {
  it("approving a late conference request does not stand in for the Prime Minister's permission", async () => {
    const minister = { ...jicaVisit().members[0], rank: 'minister', fullName: 'Park Ji-hoon' };
    const id = await register('Hội thảo Bộ trưởng K', {
      members: [minister],
      activities: [{ type: 'conference', title: 'Hội thảo đổi mới sáng tạo', startsAt: inDays(45, '09:00') }],
    });
    // 45 days ahead, the 40-day dossier is still on time: the Office's task, the visit cleared.
    const checked = await read(id);
    const finding = (await compliance(id)).findings.find(
      (item: { ruleId: string }) => item.ruleId === 'CONFERENCE_PM',
    );
    expect(finding.severity).toBe('action_required');
    expect(finding.agencies).toEqual([]);
    expect(checked.body.status).toBe('cleared');
    // No email asks the Chairman or a ministry for the permission: it is a document the Office sends.
    const chairman = defaultAgencies.find((agency) => agency.key === 'provincial-committee')?.emails[0]
      ?.address;
    expect(await mailsAbout('Hội thảo Bộ trưởng K', chairman)).toHaveLength(0);
    expect((await mailsAbout('Hội thảo Bộ trưởng K', POLICE)).length).toBe(0);

    const late = await register('Hội thảo Bộ trưởng L', {
      members: [minister],
      activities: [{ type: 'conference', title: 'Hội thảo vật liệu mới', startsAt: inDays(20, '09:00') }],
      visit: { arrival: inDays(20), departure: inDays(21, '17:00') },
    });
    expect((await read(late)).body.status).toBe('approval_required');
    const decided = await stack.call('POST', `/delegations/${late}/decision`, {
      token: leadership,
      headers: { 'if-match': '"1"' },
      body: { decision: 'approve', note: 'Đồng ý xin phép với thời hạn ngắn hơn.' },
    });
    expect(decided.status).toBe(200);
    await stack.bus.settled();
    const stillOpen = (await compliance(late)).requiredApprovals.filter(
      (approval: { authority: string; recorded?: object }) =>
        approval.authority === 'prime-minister' && !approval.recorded,
    );
    expect(stillOpen).toHaveLength(1);
    expect((await mailsAbout('Hội thảo Bộ trưởng L', POLICE)).length).toBe(0);

    const saved = await record(late, {
      kind: 'conference-permission',
      authority: 'prime-minister',
      documentNumber: '1234/TTg-QHQT',
      documentDate: inDays(0).slice(0, 10),
      issuingBody: 'Văn phòng Chính phủ',
    });
    expect(saved.status).toBe(201);
    await stack.bus.settled();
    const after = await read(late);
    expect(after.body.status).toBe('approved');
    expect(after.body.decision.decision).toBe('approve');
    const satisfied = (await compliance(late)).findings.find(
      (item: { ruleId: string }) => item.ruleId === 'CONFERENCE_PM',
    );
    expect(satisfied.severity).toBe('info');
    const lists = (await mailsAbout('Hội thảo Bộ trưởng L', POLICE)).filter((mail) =>
      mail.body.text?.includes('Danh sách khách'),
    );
    expect(lists).toHaveLength(1);
  });
});

describe('The host division and the directory names', () => {
  it("sends the host division's mail to its own address, and refuses a division the directory lacks", async () => {
    const unknown = await stack.call('POST', '/delegations', {
      token: office,
      body: jicaVisit({ hostDivision: 'no-such-division' }),
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.issues[0].path).toBe('hostDivision');

    const saved = await stack.replaceList('/divisions', [
      { id: 'science-management', name: 'Phòng Quản lý khoa học', emails: ['qlkh@sokhcn.hungyen.gov.vn'] },
    ]);
    expect(saved.status).toBe(200);
    const id = await register('Đại học Kyoto', {});
    const cancelled = await stack.call('POST', `/delegations/${id}/cancel`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { reason: 'Đối tác hoãn chuyến thăm' },
    });
    expect(cancelled.status).toBe(200);
    await stack.bus.settled();
    const [mail] = await mailsAbout('Đại học Kyoto', 'qlkh@sokhcn.hungyen.gov.vn');
    expect(mail?.body.text).toContain('Kính gửi: Phòng Quản lý khoa học');
    expect(mail?.body.text).toContain('Đơn vị chủ trì: Phòng Quản lý khoa học');
  });

  it('a visit whose division was deactivated stays editable; only a change to an inactive division is refused', async () => {
    const directory = (active: boolean) => [
      { id: 'science-management', name: 'Phòng Quản lý khoa học', emails: ['qlkh@sokhcn.hungyen.gov.vn'] },
      {
        id: 'technology-innovation',
        name: 'Phòng Quản lý công nghệ',
        emails: ['cn@sokhcn.hungyen.gov.vn'],
        active,
      },
      {
        id: 'posts-telecoms',
        name: 'Phòng Bưu chính, Viễn thông',
        emails: ['bcvt@sokhcn.hungyen.gov.vn'],
        active: false,
      },
    ];
    expect((await stack.replaceList('/divisions', directory(true))).status).toBe(200);
    const id = await register('Viện Công nghệ Chiba', { hostDivision: 'technology-innovation' });
    expect((await stack.replaceList('/divisions', directory(false))).status).toBe(200);

    const edit = async (changes: object) =>
      stack.call('PATCH', `/delegations/${id}`, {
        token: office,
        body: changes,
        headers: { 'if-match': (await read(id)).headers.get('etag') as string },
      });
    const unchanged = await edit({
      hostDivision: 'technology-innovation',
      purpose: 'Trao đổi về công nghệ vật liệu',
    });
    expect(unchanged.status, JSON.stringify(unchanged.body)).toBe(200);
    const moved = await edit({ hostDivision: 'posts-telecoms' });
    expect(moved.status).toBe(400);
    expect(moved.body.error.details.issues[0].path).toBe('hostDivision');
    expect((await read(id)).body.hostDivision).toBe('technology-innovation');
  });

  it('an agency renamed in the directory is renamed in the findings the next check writes', async () => {
    const agencies = (await stack.call('GET', '/agencies', { token: office })).body.items;
    const renamed = agencies.map((agency: { key: string; name: string }) =>
      agency.key === 'police'
        ? { ...agency, name: 'Công an tỉnh Hưng Yên (Phòng Quản lý xuất nhập cảnh)' }
        : agency,
    );
    expect((await stack.replaceList('/agencies', renamed)).status).toBe(200);
    const id = await register('Nhà máy Kho W', { itinerary: [{ name: 'Kho W', restrictedArea: true }] });
    const finding = (await compliance(id)).findings.find(
      (item: { ruleId: string }) => item.ruleId === 'RESTRICTED_AREA',
    );
    expect(finding.message).toContain('Công an tỉnh Hưng Yên (Phòng Quản lý xuất nhập cảnh) cấp giấy phép');
  });
});
