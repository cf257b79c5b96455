/**
 * What a file is, from its bytes rather than its name: a file whose content does not match the type
 * it was declared with is refused. `head` is the start of the file; `tail` its last bytes, where a
 * PDF keeps its trailer and a ZIP its central directory (the names of its parts tell a Word
 * document from a spreadsheet, and their declared sizes tell a document from a zip bomb).
 */
import type { AttachmentType } from './attachment';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, index) => bytes[index] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** How many bytes of the end to read: a ZIP's central directory of several hundred parts fits. */
export const TAIL_BYTES = 64 * 1024;

/**
 * The most an office document may declare it unpacks to. A 20 MB .docx of text and photos unpacks
 * to well under this; a zip bomb declares gigabytes.
 */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

/** The parts an Office Open XML package must hold, by its type (ECMA-376 Part 2). */
const MAIN_PARTS = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'word/document.xml',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xl/workbook.xml',
} as const;

/**
 * A PDF ends with its trailer: "startxref", the byte offset of its cross-reference, and "%%EOF"
 * (ISO 32000-1, 7.5.5). Text that merely starts with "%PDF-" has none.
 */
function hasPdfTrailer(tail: Uint8Array, size: number): boolean {
  const end = Buffer.from(tail.subarray(Math.max(0, tail.length - 1024))).toString('latin1');
  const offset = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(end)?.[1];
  return offset !== undefined && Number(offset) < size;
}

/** The parts a ZIP's central directory names, and the size they declare unpacked. */
export interface ZipDirectory {
  names: string[];
  unpackedBytes: number;
}

const EOCD = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;

/**
 * Reads the central directory from the file's last bytes (APPNOTE 4.3.12, 4.3.16), or undefined
 * when there is none, it lies outside those bytes, or it is ZIP64 (no office document needs it).
 */
export function zipDirectory(tail: Uint8Array, size: number): ZipDirectory | undefined {
  const view = Buffer.from(tail.buffer, tail.byteOffset, tail.byteLength);
  // The end record is 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = view.length - 22; at >= Math.max(0, view.length - 22 - 0xffff); at--)
    if (view.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  if (end < 0) return undefined;
  const entries = view.readUInt16LE(end + 10);
  const directoryBytes = view.readUInt32LE(end + 12);
  const directoryOffset = view.readUInt32LE(end + 16);
  if (entries === 0xffff || directoryOffset === 0xffffffff) return undefined;
  const tailStart = size - view.length;
  let at = directoryOffset - tailStart;
  if (at < 0 || directoryOffset + directoryBytes > size - (view.length - end)) return undefined;
  const names: string[] = [];
  let unpackedBytes = 0;
  for (let entry = 0; entry < entries; entry++) {
    if (at + 46 > end || view.readUInt32LE(at) !== CENTRAL_ENTRY) return undefined;
    const unpacked = view.readUInt32LE(at + 24);
    if (unpacked === 0xffffffff) return undefined;
    const nameLength = view.readUInt16LE(at + 28);
    const extraLength = view.readUInt16LE(at + 30);
    const commentLength = view.readUInt16LE(at + 32);
    names.push(view.toString('utf8', at + 46, at + 46 + nameLength));
    unpackedBytes += unpacked;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { names, unpackedBytes };
}

/** The Office document type a ZIP is, when its directory holds the package's parts and no bomb. */
function officeType(tail: Uint8Array, size: number): AttachmentType | undefined {
  const directory = zipDirectory(tail, size);
  if (!directory || directory.unpackedBytes > MAX_UNPACKED_BYTES) return undefined;
  if (!directory.names.includes('[Content_Types].xml')) return undefined;
  for (const [type, part] of Object.entries(MAIN_PARTS))
    if (directory.names.includes(part)) return type as AttachmentType;
  return undefined;
}

/** The type the bytes show, or undefined when they show none this dossier takes. */
export function detectType(head: Uint8Array, tail: Uint8Array, size: number): AttachmentType | undefined {
  if (startsWith(head, PDF)) return hasPdfTrailer(tail, size) ? 'application/pdf' : undefined;
  if (startsWith(head, PNG)) return 'image/png';
  if (startsWith(head, JPEG)) return 'image/jpeg';
  if (startsWith(head, ZIP)) return officeType(tail, size);
  return undefined;
}
