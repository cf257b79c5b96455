import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import { customProperty, readDocx } from '../support/docx-reader';
import { startTestStack, type TestStack } from '../support/local-stack';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
let stack: TestStack;
let office: string;
let leadership: string;
const day = workingDayIn(45);
const visit = { arrival: `${day}T08:00:00+07:00`, departure: `${workingDayIn(47)}T17:00:00+07:00` };
const conference = {
  type: 'conference' as const,
  title: 'Hội thảo vật liệu tiên tiến',
  startsAt: `${day}T13:30:00+07:00`,
};
let id: string;

async function register(overrides = {}) {
  const created = await stack.call('POST', '/delegations', {
    token: office,
    body: jicaVisit({ visit, ...overrides }),
  });
  expect(created.status).toBe(201);
  await stack.bus.settled();
  return created.body.id as string;
}

/** The file as the browser saves it: bytes, type and name. */
async function download(path: string, token = office) {
  const response = await fetch(`${stack.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    json: () => JSON.parse(bytes.toString()),
  };
}

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
  const admin = await stack.token('admin');
  const officials = [
    {
      id: 'pho-giam-doc',
      fullName: 'Lê Thị Bình',
      title: 'Phó Giám đốc Sở',
      position: 'deputy_director',
      unit: 'Ban Giám đốc',
    },
    {
      id: 'chuyen-vien',
      fullName: 'Ngô Văn Toàn',
      title: 'Chuyên viên',
      position: 'staff',
      unit: 'Văn phòng Sở',
    },
  ];
  expect(
    (await stack.call('PUT', '/officials', { token: admin, headers: { 'if-match': '"0"' }, body: officials }))
      .status,
  ).toBe(200);
  id = await register({ activities: [conference] });
});
afterAll(() => stack?.stop());

describe('Drafting a visit’s documents', () => {
  it.each(['proposal', 'guest-list-police', 'permission-request', 'reception-plan'])(
    'gives the Office the %s as a Word file named for the visit',
    async (kind) => {
      const file = await download(`/delegations/${id}/documents/${kind}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe(DOCX);
      expect(file.headers.get('content-disposition')).toMatch(
        /^attachment; filename="(To-trinh|Cong-van-Cong-an|Cong-van-de-nghi-UBND-tinh|De-an-hoi-thao|Ke-hoach-don-tiep)-Japan-International-Cooperation-Agency-JICA\.docx"$/,
      );
      const { text, customXml } = await readDocx(file.bytes);
      expect(text).toContain('Japan International Cooperation Agency (JICA) (Nhật Bản)');
      expect(customProperty(customXml, 'delegationId')).toBe(id);
    },
  );

  it('lets leadership draft too, and refuses admin', async () => {
    expect((await download(`/delegations/${id}/documents/proposal`, leadership)).status).toBe(200);
    const refused = await download(`/delegations/${id}/documents/proposal`, await stack.token('admin'));
    expect(refused.status).toBe(403);
  });

  it('signs with the official the Office names, numbered and dated as the clerk registered it', async () => {
    const file = await download(
      `/delegations/${id}/documents/guest-list-police?signer=pho-giam-doc&number=125&date=2026-12-01`,
    );
    const lines = (await readDocx(file.bytes)).text.split('\n');
    expect(lines).toContain('Số: 125/SKHCN-VP');
    expect(lines).toContain('Hưng Yên, ngày 01 tháng 12 năm 2026');
    expect(lines.slice(-3)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Lê Thị Bình']);
  });

  it('answers clearly for an unknown signer, an unknown kind, a bad date and an unknown visit', async () => {
    const unknownSigner = await download(`/delegations/${id}/documents/proposal?signer=nobody`);
    expect(unknownSigner.status).toBe(400);
    expect(unknownSigner.json().error.message).toContain('nobody');
    expect(unknownSigner.json().error.details.issues[0].path).toBe('signer');
    // A staff member signs no document; a deputy director does not sign the Office's own proposal.
    for (const [kind, signer] of [
      ['guest-list-police', 'chuyen-vien'],
      ['proposal', 'pho-giam-doc'],
    ]) {
      const refused = await download(`/delegations/${id}/documents/${kind}?signer=${signer}`);
      expect(refused.status, `${kind} by ${signer}`).toBe(400);
      expect(refused.json().error.details.issues).toEqual([expect.objectContaining({ path: 'signer' })]);
    }
    const kind = await download(`/delegations/${id}/documents/invitation`);
    expect(kind.status).toBe(400);
    expect(JSON.stringify(kind.json().error.details)).toContain('kind');
    expect((await download(`/delegations/${id}/documents/proposal?date=01/12/2026`)).status).toBe(400);
    expect((await download('/delegations/01UNKNOWN/documents/proposal')).status).toBe(404);
  });

  it('refuses the permission request for a visit that needs no permission of the Committee', async () => {
    const plain = await register();
    const refused = await download(`/delegations/${plain}/documents/permission-request`);
    expect(refused.status).toBe(409);
    expect(refused.json().error.message).toContain('no permission');
  });

  it('says beforehand which drafts can be made, and why not the others', async () => {
    const plain = await register();
    const availability = async (visit: string) =>
      Object.fromEntries(
        (await stack.call('GET', `/delegations/${visit}/compliance`, { token: office })).body.documents.map(
          (entry: { kind: string; available: boolean; reasonVi?: string }) => [
            entry.kind,
            entry.reasonVi ?? 'yes',
          ],
        ),
      );
    expect(await availability(id)).toMatchObject({
      proposal: 'yes',
      'permission-request': 'yes',
      'conference-plan': 'yes',
      'visit-report': 'Chưa có báo cáo sau chuyến thăm; hãy nhập báo cáo kết quả trước.',
    });
    expect(await availability(plain)).toMatchObject({
      'permission-request': 'Đoàn không cần văn bản cho phép nào qua UBND tỉnh, hoặc đã có đủ.',
      'conference-plan': 'Đoàn không có hội nghị, hội thảo quốc tế.',
    });
  });

  it('refuses the results report until the post-visit report is filed', async () => {
    const refused = await download(`/delegations/${id}/documents/visit-report`);
    expect(refused.status).toBe(409);
    expect(refused.json().error.message).toContain('post-visit report');
  });

  it('drafts from the visit as it stands: an edit shows in the next draft, with the version it came from', async () => {
    const current = (await stack.call('GET', `/delegations/${id}`, { token: office })).body;
    const edited = await stack.call('PATCH', `/delegations/${id}`, {
      token: office,
      headers: { 'if-match': `"${current.revision}"` },
      body: { purpose: 'Khảo sát mô hình nông nghiệp thông minh tại Hưng Yên' },
    });
    expect(edited.status).toBe(200);
    await stack.bus.settled();
    const { text, customXml } = await readDocx(
      (await download(`/delegations/${id}/documents/proposal`)).bytes,
    );
    expect(text).toContain('Mục đích: Khảo sát mô hình nông nghiệp thông minh tại Hưng Yên');
    const stored = (await stack.call('GET', `/delegations/${id}`, { token: office })).body;
    expect(Number(customProperty(customXml, 'delegationVersion'))).toBe(stored.version);
    expect(stored.version).toBeGreaterThan(current.version);
  });
});

describe('Drafting the periodic report', () => {
  it('lists the period’s visits in the report’s table', async () => {
    const from = `${day.slice(0, 4)}-01-01`;
    const to = `${day.slice(0, 4)}-12-31`;
    const file = await download(`/reports/documents/periodic?from=${from}&to=${to}`, leadership);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(DOCX);
    const { text } = await readDocx(file.bytes);
    expect(text).toContain(`Công tác đón tiếp đoàn nước ngoài năm ${day.slice(0, 4)}`);
    expect(text).toContain('Japan International Cooperation Agency (JICA)');
    expect(text).toContain('V. DANH SÁCH CÁC ĐOÀN');
  });

  it('refuses a period that runs backwards', async () => {
    expect(
      (await download('/reports/documents/periodic?from=2026-12-31&to=2026-01-01', leadership)).status,
    ).toBe(400);
  });

  it('refuses year 0001 or 2100 (400 naming the field), and takes 2000 to 2004', async () => {
    const ask = (query: string) => download(`/reports/documents/periodic?${query}`, leadership);
    const early = await ask('from=0001-01-01&to=0001-12-31');
    expect(early.status).toBe(400);
    expect((await early.json()).error.details.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'from',
      'to',
    ]);
    expect((await ask('from=2100-01-01&to=2100-03-31')).status).toBe(400);
    expect((await ask('from=2000-01-01&to=2004-12-31')).status).toBe(200);
  });
});
