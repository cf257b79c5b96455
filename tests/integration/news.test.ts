import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planYearOf } from '../../shared/history/plan-period';
import { minimalPdf, pngHead } from '../fixtures/files';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import { readDocx } from '../support/docx-reader';
import { startTestStack, type TestStack } from '../support/local-stack';

const pdf = minimalPdf();
const png = pngHead();

let stack: TestStack;
let office: string;
let leadership: string;
let centre: string;
const arrival = workingDayIn(40);
const departure = workingDayIn(41);
const visit = { arrival: `${arrival}T08:00:00+07:00`, departure: `${departure}T17:00:00+07:00` };
const later = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
let id: string;
let sensitiveId: string;

async function trigger(job: string, scheduledTime: string) {
  expect((await stack.local(`/_local/schedules/${job}`, { scheduledTime })).status).toBe(200);
  await stack.bus.settled();
}
const news = (delegationId: string, token = office) =>
  stack.call('GET', `/delegations/${delegationId}/news`, { token });
const step = (version: number, body: object, token = office, delegationId = id) =>
  stack.call('POST', `/delegations/${delegationId}/news`, {
    token,
    headers: { 'if-match': `"${version}"` },
    body,
  });
/** What the Information Centre received about the news of a visit. */
const newsMails = async () =>
  (await stack.mails()).filter(
    (mail) =>
      mail.destination.to.includes('information-centre@hungyen.example.gov.vn') &&
      mail.subject.startsWith('Đề nghị đăng tin'),
  );
const timelineNames = async (delegationId: string) =>
  (await stack.call('GET', `/delegations/${delegationId}/timeline`, { token: office })).body.entries.map(
    (entry: { name: string }) => entry.name,
  );

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
  centre = await stack.token('information-centre');
  const partner = {
    name: 'Korea Institute of Science and Technology',
    nameVi: 'Viện KIST',
    country: 'KR',
    type: 'academic_institution' as const,
  };
  id = (await stack.call('POST', '/delegations', { token: office, body: jicaVisit({ visit, partner }) })).body
    .id;
  const sensitive = jicaVisit({
    visit,
    partner: { ...partner, nameVi: 'Viện Nhạy cảm' },
    topics: ['nhân quyền'],
  });
  sensitiveId = (await stack.call('POST', '/delegations', { token: office, body: sensitive })).body.id;
  await stack.bus.settled();
  const checked = await stack.call('GET', `/delegations/${sensitiveId}`, { token: leadership });
  if (checked.body.allowedActions.includes('approve'))
    await stack.call('POST', `/delegations/${sensitiveId}/decision`, {
      token: leadership,
      headers: { 'if-match': `"${checked.body.revision}"` },
      body: { decision: 'approve', note: 'Đồng ý' },
    });
  await stack.bus.settled();
});
afterAll(() => stack?.stop());

describe('A visit’s news item', () => {
  it('does not exist while the visit goes on, nor before the host division files its report', async () => {
    expect((await news(id)).body).toMatchObject({
      status: 'none',
      unavailable: 'visit-not-over',
      commands: [],
    });
    expect((await step(0, { command: 'submit' })).status).toBe(409);
    await trigger('visit-progress', later(visit.arrival, 1));
    await trigger('visit-progress', later(visit.departure, 1));
    expect((await news(id)).body).toMatchObject({ unavailable: 'report-not-filed', commands: [] });
    const filed = await stack.call('POST', `/delegations/${id}/visit-report`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: {
        summary: 'Hai bên thống nhất hợp tác nghiên cứu nông nghiệp thông minh.',
        agreementsSigned: ['Biên bản ghi nhớ hợp tác'],
        followUpActions: [
          { action: 'Gửi đề xuất dự án', owner: 'Phòng Quản lý Khoa học', dueDate: '2027-03-01' },
        ],
      },
    });
    expect(filed.status).toBe(200);
  });

  it('is drafted from the records once the visit is reported, for the Office to edit or submit', async () => {
    const answer = await news(id);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('"0"');
    expect(answer.body).toMatchObject({ status: 'none', version: 0, commands: ['edit', 'submit'] });
    expect(answer.body.vi.title).toBe(
      'Sở Khoa học và Công nghệ tỉnh Hưng Yên tiếp và làm việc với đoàn Viện KIST (Hàn Quốc)',
    );
    expect(answer.body.vi.body).toContain('Hai bên đã ký kết: Biên bản ghi nhớ hợp tác.');
    expect(answer.body.en).toMatchObject({ needsReview: true, body: [] });
    expect((await news(id, leadership)).body.commands).toEqual([]);
  });

  it('keeps one edit of two made on the same version; the other is told to reload', async () => {
    const { vi, en } = (await news(id)).body;
    const edit = (lead: string) => step(0, { command: 'edit', content: { vi: { ...vi, lead }, en } });
    const answers = await Promise.all([edit('Bản của người thứ nhất.'), edit('Bản của người thứ hai.')]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
    const kept = answers.find((answer) => answer.status === 200)?.body;
    expect(kept).toMatchObject({ status: 'draft', version: 1 });
    expect((await news(id)).body.vi.lead).toBe(kept.vi.lead);
  });

  it('publishes with it the photos the Office chose from the dossier, and no other file', async () => {
    const declare = (fileName: string, contentType: string, bytes: Buffer, kind: string) =>
      stack.call('POST', `/delegations/${id}/attachments`, {
        token: office,
        body: { fileName, contentType, size: bytes.length, kind },
      });
    const keep = async (declared: Awaited<ReturnType<typeof declare>>, bytes: Buffer) => {
      expect(declared.status).toBe(201);
      const { url, headers } = declared.body.upload;
      expect((await fetch(url, { method: 'PUT', headers, body: bytes })).status).toBe(200);
      const confirmed = await stack.call(
        'POST',
        `/delegations/${id}/attachments/${declared.body.attachment.id}/confirm`,
        {
          token: office,
        },
      );
      expect(confirmed.status).toBe(200);
      return declared.body.attachment.id as string;
    };
    const photo = await keep(await declare('Ảnh đoàn & lãnh đạo.png', 'image/png', png, 'photo'), png);
    const letter = await keep(await declare('Công văn.pdf', 'application/pdf', pdf, 'partner-letter'), pdf);
    const { vi, en } = (await news(id)).body;
    const choose = (photos: object[]) => step(1, { command: 'edit', content: { vi, en }, photos });
    const refused = await choose([{ attachmentId: letter, caption: 'Công văn' }]);
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.issues[0].path).toBe('photos.0.attachmentId');
    const caption = 'Lãnh đạo Sở tiếp đoàn Viện KIST';
    const chosen = await choose([{ attachmentId: photo, caption }]);
    expect(chosen.status).toBe(200);
    expect(chosen.body.photos).toEqual([
      expect.objectContaining({ attachmentId: photo, caption, fileName: 'Ảnh đoàn & lãnh đạo.png' }),
    ]);
    // The Information Centre downloads it through the news, without the rest of the dossier.
    const viewed = (await news(id, centre)).body.photos[0];
    expect(Buffer.from(await (await fetch(viewed.download.url)).arrayBuffer())).toEqual(png);
    const html = await (
      await fetch(`${stack.url}/delegations/${id}/news/file?format=html`, {
        headers: { authorization: `Bearer ${centre}` },
      })
    ).text();
    expect(html).toContain(
      `<figure><img src="${encodeURIComponent('Ảnh đoàn & lãnh đạo.png')}" alt="${caption}"><figcaption>${caption}</figcaption></figure>`,
    );
  });

  it('is approved or returned by leadership only, and only once submitted', async () => {
    expect((await step(2, { command: 'approve' }, leadership)).status).toBe(409);
    const submitted = await step(2, { command: 'submit' });
    expect(submitted.body).toMatchObject({ status: 'submitted', version: 3, commands: [] });
    expect((await step(3, { command: 'approve' })).status).toBe(403);
    expect((await step(3, { command: 'return', note: '' }, leadership)).status).toBe(400);
    const returned = await step(3, { command: 'return', note: 'Bổ sung tên người tiếp đoàn.' }, leadership);
    await stack.bus.settled();
    expect(await newsMails()).toHaveLength(0);
    expect(returned.body).toMatchObject({
      status: 'returned',
      decided: { note: 'Bổ sung tên người tiếp đoàn.' },
    });
    expect((await news(id)).body.commands).toEqual(['edit', 'submit']);
  });

  it('goes to the portal once approved, with every step on the visit’s timeline', async () => {
    expect((await step(4, { command: 'submit' })).status).toBe(200);
    const approved = await step(5, { command: 'approve', note: 'Đồng ý đăng tin.' }, leadership);
    expect(approved.body).toMatchObject({ status: 'approved', commands: [] });
    await stack.bus.settled();
    const [mail, ...more] = await newsMails();
    expect(more).toHaveLength(0);
    expect(mail?.subject).toMatch(/^Đề nghị đăng tin: đoàn Viện KIST/u);
    expect(mail?.body.text).toContain(approved.body.vi.lead);
    expect(mail?.body.text).not.toContain('Phòng Quản lý Khoa học;');
    // The Information Centre finds it among the year's approved news, and publishes it.
    expect((await news(id)).body.commands).toEqual([]);
    expect((await news(id, centre)).body.commands).toEqual(['publish']);
    const year = planYearOf(arrival, 'administrative');
    const waiting = await stack.call('GET', `/news?year=${year}`, { token: centre });
    expect(waiting.body.items).toEqual([
      expect.objectContaining({ delegationId: id, status: 'approved', title: approved.body.vi.title }),
    ]);
    const url = 'https://skhcn.hungyen.gov.vn/tin-tuc/tiep-doan-vien-kist';
    expect((await step(6, { command: 'publish', url })).status).toBe(403);
    expect((await step(6, { command: 'publish', url: 'javascript:alert(1)' }, centre)).status).toBe(400);
    const published = await step(6, { command: 'publish', url }, centre);
    expect(published.body).toMatchObject({ status: 'published', published: { url }, commands: [] });
    expect((await stack.call('GET', `/news?year=${year}`, { token: leadership })).body.items).toEqual([
      expect.objectContaining({
        delegationId: id,
        status: 'published',
        published: expect.objectContaining({ url }),
      }),
    ]);
    expect(
      (await step(7, { command: 'edit', content: { vi: published.body.vi, en: published.body.en } })).status,
    ).toBe(409);
    await stack.bus.settled();
    const names = await timelineNames(id);
    for (const name of ['News.Submitted', 'News.Returned', 'News.Approved', 'News.Published'])
      expect(names, name).toContain(name);
  });

  it('downloads as HTML for the portal’s editor and as .docx, with the text as approved', async () => {
    const html = await fetch(`${stack.url}/delegations/${id}/news/file?format=html`, {
      headers: { authorization: `Bearer ${office}` },
    });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    const text = await html.text();
    expect(text).toContain('<article lang="vi">');
    expect(text).not.toMatch(/needsReview|cần biên tập/u);
    const docx = await fetch(`${stack.url}/delegations/${id}/news/file?format=docx`, {
      headers: { authorization: `Bearer ${leadership}` },
    });
    expect(docx.status).toBe(200);
    const read = await readDocx(Buffer.from(await docx.arrayBuffer()));
    expect(read.malformedParts).toEqual([]);
    const { vi } = (await news(id)).body;
    expect(read.text.split('\n').slice(0, 2)).toEqual([vi.title, vi.lead]);
  });

  it('is never drafted for a visit with a sensitive topic', async () => {
    await stack.call('POST', `/delegations/${sensitiveId}/visit-report`, {
      token: office,
      headers: {
        'if-match': `"${(await stack.call('GET', `/delegations/${sensitiveId}`, { token: office })).body.revision}"`,
      },
      body: { summary: 'Đã làm việc.' },
    });
    expect((await news(sensitiveId)).body).toMatchObject({
      status: 'none',
      unavailable: 'sensitive',
      commands: [],
    });
    expect((await news(sensitiveId)).body.vi).toBeUndefined();
    expect((await newsMails()).filter((mail) => mail.subject.includes('Nhạy cảm'))).toHaveLength(0);
    expect((await step(0, { command: 'submit' }, office, sensitiveId)).status).toBe(409);
    const file = await fetch(`${stack.url}/delegations/${sensitiveId}/news/file?format=html`, {
      headers: { authorization: `Bearer ${office}` },
    });
    expect(file.status).toBe(409);
  });
});
