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

export async function summaryXlsx(summary: Summary): Promise<Buffer> {
  const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
  const sheet = [
    [bold(summary.title)],
    summaryHeaders.map(bold),
    ...tableRows(summary).map((row, index, rows) =>
      row.map((value) => (index === rows.length - 1 ? { value, fontWeight: 'bold' as const } : { value })),
    ),
  ];
  return writeXlsxFile(sheet as never, {
    sheet: 'Tổng hợp',
    columns: summaryHeaders.map((_, index) => ({ width: index === 0 ? 36 : 18 })),
  }).toBuffer();
}

export const fileName = (summary: Summary, extension: 'csv' | 'xlsx') =>
  `bao-cao-doan-vao_${summary.from}_${summary.to}_${summary.groupBy}.${extension}`;
