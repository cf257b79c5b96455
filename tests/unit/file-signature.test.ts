import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../shared/adapters/content-disposition';
import { detectType } from '../../shared/domain/file-signature';

const bytes = (...values: number[]) => Uint8Array.from(values);
const zipNamed = (name: string) => Buffer.from(`PK\u0001\u0002....${name}....PK\u0005\u0006`, 'latin1');
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00);

describe('What a file is, from its bytes', () => {
  it('knows PDF, PNG and JPEG by their first bytes', () => {
    expect(detectType(Buffer.from('%PDF-1.7\n'), bytes())).toBe('application/pdf');
    expect(detectType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), bytes())).toBe('image/png');
    expect(detectType(bytes(0xff, 0xd8, 0xff, 0xe0), bytes())).toBe('image/jpeg');
  });

  it('tells a Word document from a spreadsheet by the parts named in the ZIP directory', () => {
    expect(detectType(ZIP, zipNamed('word/document.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(detectType(ZIP, zipNamed('xl/workbook.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('knows nothing of text, an empty file, or a ZIP that is neither', () => {
    expect(detectType(Buffer.from('hello'), bytes())).toBeUndefined();
    expect(detectType(bytes(), bytes())).toBeUndefined();
    expect(detectType(ZIP, zipNamed('mimetype'))).toBeUndefined();
  });
});

describe('A download’s file name', () => {
  it('keeps the Vietnamese name for browsers and a plain one for the rest', () => {
    expect(contentDisposition('Công văn "số" 12.pdf')).toBe(
      `attachment; filename="Cong van _so_ 12.pdf"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20%22s%E1%BB%91%22%2012.pdf`,
    );
  });
});
