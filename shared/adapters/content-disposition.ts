/**
 * The download's file name for every browser (RFC 6266 with RFC 5987's UTF-8 name):
 * "Công văn số 12.pdf" → attachment; filename="Cong van so 12.pdf"; filename*=UTF-8''C%C3%B4ng…
 */
export function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    // One "_" per character, not per UTF-16 unit: an emoji is one character.
    .replace(/[^\x20-\x7e]|"/gu, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(fileName)}`;
}

/** encodeURIComponent leaves ' ( ) * as they are; RFC 5987's attr-char does not allow them. */
const rfc5987 = (value: string) =>
  encodeURIComponent(value).replace(
    /['()*]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`,
  );
