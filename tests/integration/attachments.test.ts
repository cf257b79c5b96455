import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visitDocuments } from '../../shared/documents/kinds';
import { renderDocx } from '../../shared/documents/render-docx';
import { universityFacts } from '../fixtures/documents';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
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
