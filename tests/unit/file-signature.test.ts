import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../shared/adapters/content-disposition';
import { detectType, MAX_UNPACKED_BYTES, TAIL_BYTES } from '../../shared/domain/file-signature';
import { declaringUnpacked, minimalPdf, packageOf, zipOf } from '../fixtures/files';

const bytes = (...values: number[]) => Uint8Array.from(values);
/** What the confirmation reads of a stored file: its first 16 bytes and its last ones. */
const detect = (file: Uint8Array) =>
  detectType(file.subarray(0, 16), file.subarray(Math.max(0, file.length - TAIL_BYTES)), file.length);
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('What a file is, from its bytes', () => {
  it('knows a PDF by its header and its trailer, PNG and JPEG by their first bytes', () => {
    expect(detect(minimalPdf())).toBe('application/pdf');
    expect(detect(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(detect(bytes(0xff, 0xd8, 0xff, 0xe0, 0))).toBe('image/jpeg');
  });

  it('refuses "%PDF-" followed by HTML, or a PDF whose trailer points past its end', () => {
    expect(detect(Buffer.from('%PDF-1.7\n<html><script>alert(1)</script></html>'))).toBeUndefined();
    const pdf = minimalPdf();
    const beyond = Buffer.from(
      pdf.toString('latin1').replace(/startxref\n\d+/, `startxref\n${pdf.length + 10}`),
      'latin1',
    );
    expect(detect(beyond)).toBeUndefined();
  });

  it('tells a Word document from a spreadsheet by the parts its ZIP directory names', () => {
    expect(detect(packageOf('word/document.xml'))).toBe(DOCX);
    expect(detect(packageOf('xl/workbook.xml'))).toBe(XLSX);
  });

  it('refuses a text that merely names word/document.xml, and a ZIP without [Content_Types].xml', () => {
    const fake = Buffer.from('PK\u0003\u0004 word/document.xml [Content_Types].xml PK\u0005\u0006', 'latin1');
    expect(fake.length).toBeLessThan(64);
    expect(detect(fake)).toBeUndefined();
    expect(detect(zipOf({ 'word/document.xml': '<w/>' }))).toBeUndefined();
    expect(detect(zipOf({ '[Content_Types].xml': '<Types/>', mimetype: 'x' }))).toBeUndefined();
  });

  it('keeps a package declaring 512 MiB unpacked and refuses one declaring a byte more (a zip bomb)', () => {
    const docx = packageOf('word/document.xml');
    // Two parts: the limit is on their sum.
    expect(detect(declaringUnpacked(docx, MAX_UNPACKED_BYTES / 2))).toBe(DOCX);
    expect(detect(declaringUnpacked(docx, MAX_UNPACKED_BYTES / 2 + 1))).toBeUndefined();
    expect(detect(declaringUnpacked(docx, 0xffffffff))).toBeUndefined();
  });

  it('knows nothing of text or an empty file', () => {
    expect(detect(Buffer.from('hello'))).toBeUndefined();
    expect(detect(bytes())).toBeUndefined();
  });
});
describe('A download’s file name', () => {
  it('keeps the Vietnamese name for browsers and a plain one for the rest', () => {
    expect(contentDisposition('Công văn "số" 12.pdf')).toBe(
      `attachment; filename="Cong van _so_ 12.pdf"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20%22s%E1%BB%91%22%2012.pdf`,
    );
  });

  it("encodes ' ( ) * in the UTF-8 name, as RFC 5987 requires", () => {
    expect(contentDisposition("Biên bản (bản 2) O'Neil*.pdf")).toContain(
      "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20%28b%E1%BA%A3n%202%29%20O%27Neil%2A.pdf",
    );
  });

  it('gives an emoji one underscore in the plain name and keeps it in the UTF-8 name', () => {
    expect(contentDisposition('Ảnh 📷.jpg')).toBe(
      `attachment; filename="Anh _.jpg"; filename*=UTF-8''%E1%BA%A2nh%20%F0%9F%93%B7.jpg`,
    );
  });
});
