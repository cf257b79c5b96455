/**
 * What a file is, from its bytes rather than its name: a file whose content does not match the type
 * it was declared with is refused. `head` is the start of the file; `tail` its last bytes, where a
 * ZIP keeps its directory (the names of its parts tell a Word document from a spreadsheet).
 */
import type { AttachmentType } from './attachment';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

export function detectType(head: Uint8Array, tail: Uint8Array): AttachmentType | undefined {
  if (startsWith(head, PDF)) return 'application/pdf';
  if (startsWith(head, PNG)) return 'image/png';
  if (startsWith(head, JPEG)) return 'image/jpeg';
  if (startsWith(head, ZIP)) {
    const names = Buffer.from(tail).toString('latin1');
    if (names.includes('word/document.xml'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (names.includes('xl/workbook.xml'))
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return undefined;
}

/** How many bytes of the end to read: a ZIP's central directory of a few hundred parts fits. */
export const TAIL_BYTES = 64 * 1024;
