import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_ATTACHMENTS_BUCKET } from '../../infra/local/s3-server';
import { visitDocuments } from '../../shared/documents/kinds';
import { renderDocx } from '../../shared/documents/render-docx';
import { objectKeyOf } from '../../shared/domain/attachment';
import { universityFacts } from '../fixtures/documents';
import { minimalPdf, pngHead } from '../fixtures/files';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import { setToday } from '../support/frozen-clock';
import { startTestStack, type TestStack } from '../support/local-stack';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pdf = minimalPdf();
const png = pngHead();
let docx: Buffer;
let xlsx: Buffer;

let stack: TestStack;
let office: string;
let admin: string;
let id: string;
const visit = {
  arrival: `${workingDayIn(40)}T08:00:00+07:00`,
  departure: `${workingDayIn(41)}T17:00:00+07:00`,
};

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  admin = await stack.token('admin');
  const created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit({ visit }) });
  id = created.body.id;
  await stack.bus.settled();
  docx = await renderDocx(visitDocuments.proposal(universityFacts()));
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Danh sách').addRow(['Họ và tên', 'Quốc tịch']);
  xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
});
afterAll(() => stack?.stop());

const declare = (file: object, delegationId = id, headers: Record<string, string> = {}) =>
  stack.call('POST', `/delegations/${delegationId}/attachments`, { token: office, body: file, headers });
const put = (upload: { url: string; headers: Record<string, string> }, bytes: Buffer) =>
  fetch(upload.url, { method: 'PUT', headers: upload.headers, body: bytes });
const confirm = (attachmentId: string) =>
  stack.call('POST', `/delegations/${id}/attachments/${attachmentId}/confirm`, { token: office });
const list = async () =>
  (await stack.call('GET', `/delegations/${id}/attachments`, { token: office })).body.attachments as any[];
const timeline = async () =>
  (await stack.call('GET', `/delegations/${id}/timeline`, { token: office })).body.entries.map(
    (e: any) => e.name,
  );

/** Declares, uploads and confirms a file as the console does. */
async function attach(fileName: string, contentType: string, bytes: Buffer, extra: object = {}) {
  const declared = await declare({ fileName, contentType, size: bytes.length, kind: 'other', ...extra });
  expect(declared.status).toBe(201);
  expect((await put(declared.body.upload, bytes)).status).toBe(200);
  return { declared, confirmed: await confirm(declared.body.attachment.id) };
}

describe('The visit’s dossier', () => {
  it('takes the partner’s letter as a PDF: upload, confirm, and it is listed with a download link', async () => {
    const declared = await declare({
      fileName: 'Công văn 15-SNU.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      kind: 'partner-letter',
    });
    expect(declared.status).toBe(201);
    expect(declared.headers.get('location')).toBe(`/delegations/${id}/attachments`);
    expect(declared.body.attachment).toMatchObject({ status: 'pending', fileName: 'Công văn 15-SNU.pdf' });
    expect(declared.body.attachment.objectKey).toBeUndefined();
    expect(Date.parse(declared.body.upload.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect((await put(declared.body.upload, pdf)).status).toBe(200);
    const confirmed = await confirm(declared.body.attachment.id);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'available', kind: 'partner-letter' });
    await stack.bus.settled();
    expect(await timeline()).toContain('Attachment.Added');

    const [listed] = (await list()).filter((a) => a.id === declared.body.attachment.id);
    expect(listed.status).toBe('available');
    const download = await fetch(listed.download.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(pdf);
    expect(download.headers.get('content-disposition')).toContain(
      "filename*=UTF-8''C%C3%B4ng%20v%C4%83n%2015-SNU.pdf",
    );
  });

  it('takes Word, Excel and PNG files whose content is what they claim', async () => {
    for (const [name, type, bytes] of [
      ['Kế hoạch đã ký.docx', DOCX, docx],
      ['Danh sách.xlsx', XLSX, xlsx],
      ['Ảnh đoàn.png', 'image/png', png],
    ] as const) {
      const { confirmed } = await attach(name, type, bytes);
      expect(confirmed.status, name).toBe(200);
      expect(confirmed.body.status, name).toBe('available');
    }
  });

  it('refuses a file whose content is not the declared type, deletes it and says why', async () => {
    const { declared, confirmed } = await attach(
      'Giấy phép.pdf',
      'application/pdf',
      Buffer.from('not really a PDF'),
    );
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(422);
    expect(confirmed.body.error.details.refusalVi).toBe(
      'Nội dung tệp "Giấy phép.pdf" không phải là tệp .pdf như đã khai.',
    );
    const record = (await list()).find((a) => a.id === declared.body.attachment.id);
    expect(record).toMatchObject({ status: 'refused' });
    expect(record.download).toBeUndefined();
    // A Word document declared as a spreadsheet is refused too: the parts inside tell them apart.
    const swapped = await attach('Bảng.xlsx', XLSX, docx);
    expect(swapped.confirmed.status).toBe(422);
  });

  it('never keeps a file of another length than declared', async () => {
    const declared = await declare({
      fileName: 'a.pdf',
      contentType: 'application/pdf',
      size: pdf.length + 10,
      kind: 'other',
    });
    // S3 refuses the PUT (its length is signed); the local server takes it, and the check refuses it.
    await put(declared.body.upload, pdf);
    const confirmed = await confirm(declared.body.attachment.id);
    expect(confirmed.status).toBe(422);
    expect((await list()).find((a) => a.id === declared.body.attachment.id).status).not.toBe('available');
  });

  it('answers clearly for a file too large, of a type not taken, misnamed, or for an unknown approval', async () => {
    const tooLarge = await declare({
      fileName: 'a.pdf',
      contentType: 'application/pdf',
      size: 25 * 1024 * 1024,
      kind: 'other',
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.message).toContain('at most 20 MB');
    // The dossier tells the console the same limit, for its form to say and check before asking.
    const dossier = await stack.call('GET', `/delegations/${id}/attachments`, { token: office });
    expect(dossier.body.maxUploadBytes).toBe(20 * 1024 * 1024);
    const text = await declare({ fileName: 'a.txt', contentType: 'text/plain', size: 10, kind: 'other' });
    expect(text.status).toBe(400);
    const misnamed = await declare({
      fileName: 'a.docx',
      contentType: 'application/pdf',
      size: 10,
      kind: 'other',
    });
    expect(misnamed.status).toBe(400);
    expect(JSON.stringify(misnamed.body.error.details)).toContain('fileName');
    const approval = await declare({
      fileName: 'a.pdf',
      contentType: 'application/pdf',
      size: 10,
      kind: 'permit',
      approvalId: 'nope',
    });
    expect(approval.status).toBe(422);
    expect(
      (
        await declare(
          { fileName: 'a.pdf', contentType: 'application/pdf', size: 10, kind: 'other' },
          '01NOPE',
        )
      ).status,
    ).toBe(404);
  });

  it('keeps an upload the bucket reports, with no confirmation from the console at all', async () => {
    const declared = await declare({
      fileName: 'e.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      kind: 'other',
    });
    await put(declared.body.upload, pdf);
    // S3's "Object Created" event (locally s3rver's notification) reaches attachment-uploaded.
    let status = 'pending';
    for (let attempt = 0; attempt < 50 && status === 'pending'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      status = (await list()).find((a) => a.id === declared.body.attachment.id).status;
    }
    expect(status).toBe('available');
  });

  it('says a file is not there yet when it is confirmed before its upload', async () => {
    const declared = await declare({
      fileName: 'b.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      kind: 'other',
    });
    const early = await confirm(declared.body.attachment.id);
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain('not been uploaded yet');
  });

  it('records one addition when the console and the bucket confirm the same upload at once', async () => {
    const declared = await declare({
      fileName: 'c.pdf',
      contentType: 'application/pdf',
      size: pdf.length,
      kind: 'other',
    });
    await put(declared.body.upload, pdf);
    const answers = await Promise.all([
      confirm(declared.body.attachment.id),
      confirm(declared.body.attachment.id),
    ]);
    expect(answers.map((a) => [a.status, a.body.status])).toEqual([
      [200, 'available'],
      [200, 'available'],
    ]);
    await stack.bus.settled();
    const entries = (await stack.call('GET', `/delegations/${id}/timeline`, { token: office })).body.entries;
    const added = entries.filter((e: any) => e.eventId.includes(declared.body.attachment.id));
    expect(added).toHaveLength(1);
  });

  it('gives one record for a request retried with the same Idempotency-Key', async () => {
    const file = { fileName: 'd.pdf', contentType: 'application/pdf', size: pdf.length, kind: 'other' };
    const [first, second] = [
      await declare(file, id, { 'idempotency-key': 'k-d' }),
      await declare(file, id, { 'idempotency-key': 'k-d' }),
    ];
    expect(second.body.attachment.id).toBe(first.body.attachment.id);
    expect((await list()).filter((a) => a.fileName === 'd.pdf')).toHaveLength(1);
  });

  it('links a scanned permit to the permit record it proves', async () => {
    const current = (await stack.call('GET', `/delegations/${id}`, { token: office })).body;
    const recorded = await stack.call('POST', `/delegations/${id}/approvals`, {
      token: office,
      headers: { 'if-match': `"${current.revision}"` },
      body: {
        kind: 'restricted-area-permit',
        authority: 'police',
        documentNumber: '45/GP-CAT',
        documentDate: '2026-11-20',
        issuingBody: 'Công an tỉnh Hưng Yên',
      },
    });
    expect(recorded.status).toBe(201);
    const approvalId = recorded.body.approval.id;
    const { confirmed } = await attach('Giấy phép 45.pdf', 'application/pdf', pdf, {
      kind: 'permit',
      approvalId,
    });
    expect(confirmed.body).toMatchObject({ status: 'available', approvalId });
  });

  it('lets only admin delete a file; the file is gone, its record stays with who, when and why', async () => {
    const { declared } = await attach('Ảnh trùng.png', 'image/png', png);
    const attachmentId = declared.body.attachment.id;
    const link = (await list()).find((a) => a.id === attachmentId).download.url;
    const path = `/delegations/${id}/attachments/${attachmentId}`;
    const refused = await stack.call('DELETE', path, { token: office, body: { reason: 'Trùng ảnh' } });
    expect(refused.status).toBe(403);
    expect((await stack.call('DELETE', path, { token: admin, body: {} })).status).toBe(400);
    const deleted = await stack.call('DELETE', path, { token: admin, body: { reason: 'Ảnh trùng lặp' } });
    expect(deleted.status).toBe(200);
    expect(deleted.body).toMatchObject({ status: 'deleted', deletion: { reason: 'Ảnh trùng lặp' } });
    expect((await fetch(link)).status).toBe(404);
    const record = (await list()).find((a) => a.id === attachmentId);
    expect(record).toMatchObject({ status: 'deleted', deletion: { reason: 'Ảnh trùng lặp' } });
    expect(record.download).toBeUndefined();
    await stack.bus.settled();
    expect(await timeline()).toContain('Attachment.Deleted');
    // Deleting again changes nothing.
    expect(
      (await stack.call('DELETE', path, { token: admin, body: { reason: 'Lần nữa' } })).body.deletion.reason,
    ).toBe('Ảnh trùng lặp');
  });
});

describe('An upload link used again', () => {
  const bucket = () => new S3Client({ forcePathStyle: true });
  const stored = async (attachmentId: string) => {
    try {
      await bucket().send(
        new HeadObjectCommand({ Bucket: LOCAL_ATTACHMENTS_BUCKET, Key: objectKeyOf(id, attachmentId) }),
      );
      return true;
    } catch {
      return false;
    }
  };
  /** The bucket's event is handled after the PUT answers: wait for the object to go. */
  async function expectRemoved(attachmentId: string) {
    for (let attempt = 0; attempt < 100 && (await stored(attachmentId)); attempt++)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stored(attachmentId)).toBe(false);
  }

  it('after its file was refused brings nothing back: the new object is removed, the record stays refused', async () => {
    const { declared, confirmed } = await attach(
      'Công văn giả.pdf',
      'application/pdf',
      Buffer.from('%PDF-1.4 <html>'.padEnd(pdf.length)),
    );
    expect(confirmed.status).toBe(422);
    expect((await put(declared.body.upload, pdf)).status).toBe(200);
    await expectRemoved(declared.body.attachment.id);
    expect((await list()).find((a) => a.id === declared.body.attachment.id)).toMatchObject({
      status: 'refused',
    });
  });

  it('after admin deleted its file brings nothing back, and confirming it answers 409', async () => {
    const { declared } = await attach('Biên bản.pdf', 'application/pdf', pdf);
    const attachmentId = declared.body.attachment.id;
    const path = `/delegations/${id}/attachments/${attachmentId}`;
    expect((await stack.call('DELETE', path, { token: admin, body: { reason: 'Nhầm tệp' } })).status).toBe(
      200,
    );
    expect((await put(declared.body.upload, pdf)).status).toBe(200);
    await expectRemoved(attachmentId);
    const again = await confirm(attachmentId);
    expect(again.status).toBe(409);
    expect(again.body.error.details.status).toBe('deleted');
  });

  it('cannot replace a kept file: S3 answers 412 and the download still gives the first bytes', async () => {
    const first = minimalPdf('Bản gốc');
    const { declared } = await attach('Bản gốc.pdf', 'application/pdf', first);
    const other = minimalPdf('Bản khác');
    const replaced = await put(declared.body.upload, Buffer.concat([other.subarray(0, first.length)]));
    expect(replaced.status).toBe(412);
    const link = (await list()).find((a) => a.id === declared.body.attachment.id).download.url;
    expect(Buffer.from(await (await fetch(link)).arrayBuffer()).equals(first)).toBe(true);
  });

  it('once expired is refused by S3; the same request retried gets a fresh link that works', async () => {
    const file = { fileName: 'Trễ.pdf', contentType: 'application/pdf', size: pdf.length, kind: 'other' };
    const first = await declare(file, id, { 'idempotency-key': 'k-late' });
    const started = new Date().toISOString();
    setToday(new Date(Date.now() + 16 * 60_000).toISOString());
    try {
      const late = await put(first.body.upload, pdf);
      expect(late.status).toBe(403);
      expect(await late.text()).toContain('Request has expired');
      const retried = await declare(file, id, { 'idempotency-key': 'k-late' });
      expect(retried.status).toBe(201);
      expect(retried.body.attachment.id).toBe(first.body.attachment.id);
      expect(Date.parse(retried.body.upload.expiresAt)).toBeGreaterThan(Date.now() + 14 * 60_000);
      expect((await put(retried.body.upload, pdf)).status).toBe(200);
      expect((await confirm(first.body.attachment.id)).body.status).toBe('available');
      // Once used, the request retried again is a clear 409, not a link for a new file.
      const used = await declare(file, id, { 'idempotency-key': 'k-late' });
      expect(used.status).toBe(409);
      expect(used.body.error.details.status).toBe('available');
    } finally {
      setToday(started);
    }
  });
});

describe('The local S3 refuses what S3 refuses', () => {
  const PDF = 'application/pdf';
  async function link() {
    const declared = await declare({ fileName: 'S3.pdf', contentType: PDF, size: pdf.length, kind: 'other' });
    return declared.body.upload as { url: string; headers: Record<string, string> };
  }

  it('an unsigned upload or listing of the bucket: 403', async () => {
    const { url } = await link();
    const bare = new URL(url);
    const unsigned = await fetch(`${bare.origin}${bare.pathname}`, {
      method: 'PUT',
      headers: { 'content-type': PDF },
      body: pdf,
    });
    expect(unsigned.status).toBe(403);
    expect((await fetch(`${bare.origin}/${LOCAL_ATTACHMENTS_BUCKET}?list-type=2`)).status).toBe(403);
  });

  it('a link sent with another type, another length, without If-None-Match, or re-pointed at another key: 403', async () => {
    const upload = await link();
    const send = (url: string, headers: Record<string, string>, body: Buffer) =>
      fetch(url, { method: 'PUT', headers, body });
    expect((await send(upload.url, { ...upload.headers, 'content-type': 'image/png' }, pdf)).status).toBe(
      403,
    );
    expect((await send(upload.url, upload.headers, Buffer.concat([pdf, Buffer.from(' ')]))).status).toBe(403);
    expect((await send(upload.url, { 'content-type': PDF }, pdf)).status).toBe(403);
    const elsewhere = upload.url.replace(`/delegations/${id}/`, '/delegations/01OTHERVISIT0000000000000/');
    expect((await send(elsewhere, upload.headers, pdf)).status).toBe(403);
    expect((await send(upload.url, upload.headers, pdf)).status).toBe(200);
  });

  it('a request signed with the key id every link shows but another secret: 403', async () => {
    const forger = new S3Client({
      forcePathStyle: true,
      credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID as string, secretAccessKey: 'guessed' },
    });
    await expect(
      forger.send(new ListObjectsV2Command({ Bucket: LOCAL_ATTACHMENTS_BUCKET })),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
  });
});

describe('A large dossier', () => {
  it('is listed page by page to the last record; 200 files are the most a visit keeps, and a deleted one frees a place', async () => {
    const created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit({ visit }) });
    const visitId = created.body.id as string;
    const file = (n: number) => ({
      fileName: `Ảnh ${n}.png`,
      contentType: 'image/png',
      size: 100,
      kind: 'photo',
    });
    for (let batch = 0; batch < 20; batch++)
      await Promise.all(
        Array.from({ length: 10 }, async (_, n) =>
          expect((await declare(file(batch * 10 + n), visitId)).status).toBe(201),
        ),
      );
    const over = await declare(file(200), visitId);
    expect(over.status).toBe(409);
    expect(over.body.error.details.limit).toBe(200);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const query: string = cursor ? `?limit=60&cursor=${encodeURIComponent(cursor)}` : '?limit=60';
      const page = await stack.call('GET', `/delegations/${visitId}/attachments${query}`, { token: office });
      expect(page.status).toBe(200);
      expect(page.body.attachments.length).toBeLessThanOrEqual(60);
      seen.push(...page.body.attachments.map((a: { id: string }) => a.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(new Set(seen).size).toBe(200);
    expect(pages).toBeGreaterThanOrEqual(4);

    const [firstId] = seen;
    const deleted = await stack.call('DELETE', `/delegations/${visitId}/attachments/${firstId}`, {
      token: admin,
      body: { reason: 'Ảnh trùng' },
    });
    expect(deleted.status).toBe(200);
    expect((await declare(file(201), visitId)).status).toBe(201);
  });

  it("refuses a cursor of another visit's dossier", async () => {
    for (const n of [1, 2])
      await declare({
        fileName: `Thư ${n}.pdf`,
        contentType: 'application/pdf',
        size: pdf.length,
        kind: 'other',
      });
    const first = await stack.call('GET', `/delegations/${id}/attachments?limit=1`, { token: office });
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const other = await stack.call('POST', '/delegations', { token: office, body: jicaVisit({ visit }) });
    const answer = await stack.call(
      'GET',
      `/delegations/${other.body.id}/attachments?cursor=${encodeURIComponent(first.body.nextCursor)}`,
      { token: office },
    );
    expect(answer.status).toBe(400);
  });
});
