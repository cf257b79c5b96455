import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';
import { type Summary, summaryHeaders, tableRows } from './summary';

/** UTF-8 with a byte-order mark, so Excel shows the Vietnamese letters right; a title row first. */
export function summaryCsv(summary: Summary): Buffer {
  const text = stringify([[summary.title], summaryHeaders, ...tableRows(summary)], {
    record_delimiter: '\r\n',
  });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export const summaryXlsx = (summary: Summary): Promise<Buffer> =>
  tableXlsx(summary.title, summaryHeaders, tableRows(summary), { sheet: 'Tổng hợp', boldLastRow: true });

/** One sheet: a title row, a bold header row, then the rows (the last in bold for a totals row). */
export async function tableXlsx(
  title: string,
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  options: { sheet: string; boldLastRow?: boolean },
): Promise<Buffer> {
  const bold = (value: string | number) => ({ value, fontWeight: 'bold' as const });
  const sheet = [
    [bold(title)],
    headers.map(bold),
    ...rows.map((row, index) =>
      row.map((value) => (options.boldLastRow && index === rows.length - 1 ? bold(value) : { value })),
    ),
  ];
  return writeXlsxFile(sheet as never, {
    sheet: options.sheet,
    columns: headers.map((_, index) => ({ width: index === 0 ? 36 : 18 })),
  }).toBuffer();
}

export const fileName = (summary: Summary, extension: 'csv' | 'xlsx') =>
  `bao-cao-doan-vao_${summary.from}_${summary.to}_${summary.groupBy}.${extension}`;
