import { stringify } from 'csv-stringify/sync';
import { formatVietnameseDate } from '../compliance/calendar';
import { type Summary, summaryHeaders, tableRows } from './summary';
import { type Cell, type VisitList, visitHeaders, visitRows } from './visit-list';
import { type Sheet, workbook } from './workbook';

export { XLSX_TYPE } from './workbook';

const isDay = (cell: Cell): cell is { day: string } => typeof cell === 'object';

/** UTF-8 with a byte-order mark, so Excel shows the Vietnamese letters right; a title row first. */
function csv(title: string, headers: readonly string[], rows: readonly (readonly Cell[])[]): Buffer {
  const plain = rows.map((row) => row.map((cell) => (isDay(cell) ? formatVietnameseDate(cell.day) : cell)));
  const text = stringify([[title], headers, ...plain], { record_delimiter: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export const summaryCsv = (summary: Summary) => csv(summary.title, summaryHeaders, tableRows(summary));
export const visitsCsv = (list: VisitList) => csv(list.title, visitHeaders, visitRows(list));

const summarySheet = (summary: Summary): Sheet => ({
  sheet: 'Tổng hợp',
  title: summary.title,
  headers: summaryHeaders,
  rows: tableRows(summary),
  boldLastRow: true,
});
const visitSheet = (list: VisitList): Sheet => ({
  sheet: 'Danh sách đoàn',
  title: list.title,
  headers: visitHeaders,
  rows: visitRows(list),
  firstColumnWidth: 6,
});

/** The summary, and the list of the visits themselves on a second sheet when given. */
export const summaryXlsx = (summary: Summary, list?: VisitList): Promise<Buffer> =>
  workbook(list ? [summarySheet(summary), visitSheet(list)] : [summarySheet(summary)]);
export const visitsXlsx = (list: VisitList): Promise<Buffer> => workbook([visitSheet(list)]);

export const fileName = (summary: Summary, extension: 'csv' | 'xlsx') =>
  `bao-cao-doan-vao_${summary.from}_${summary.to}_${summary.groupBy}.${extension}`;
export const visitsFileName = (list: VisitList, extension: 'csv' | 'xlsx') =>
  `danh-sach-doan-vao_${list.from}_${list.to}.${extension}`;
