import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';
import { formatVietnameseDate } from '../compliance/calendar';
import { type Summary, summaryHeaders, tableRows } from './summary';
import { type Cell, type VisitList, visitHeaders, visitRows } from './visit-list';

const isDay = (cell: Cell): cell is { day: string } => typeof cell === 'object';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** UTF-8 with a byte-order mark, so Excel shows the Vietnamese letters right; a title row first. */
function csv(title: string, headers: readonly string[], rows: readonly (readonly Cell[])[]): Buffer {
  const plain = rows.map((row) => row.map((cell) => (isDay(cell) ? formatVietnameseDate(cell.day) : cell)));
  const text = stringify([[title], headers, ...plain], { record_delimiter: '\r\n' });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export const summaryCsv = (summary: Summary) => csv(summary.title, summaryHeaders, tableRows(summary));
export const visitsCsv = (list: VisitList) => csv(list.title, visitHeaders, visitRows(list));

interface Sheet {
  sheet: string;
  title: string;
  headers: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** The last row is a totals row, in bold. */
  boldLastRow?: boolean;
  /** Width of the first column (names, groups). */
  firstColumnWidth?: number;
}

/** A day as Excel keeps one: a date it can sort and filter, shown dd/mm/yyyy. */
const dayCell = (day: string) => ({ value: new Date(`${day}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy' });

/** A workbook: on each sheet a title row, a bold header row, then the rows. */
export function workbook(sheets: readonly Sheet[]): Promise<Buffer> {
  const bold = (value: string | number) => ({ value, fontWeight: 'bold' as const });
  return writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.sheet,
      data: [
        [bold(sheet.title)],
        sheet.headers.map(bold),
        ...sheet.rows.map((row, index) =>
          row.map((value) =>
            isDay(value)
              ? dayCell(value.day)
              : sheet.boldLastRow && index === sheet.rows.length - 1
                ? bold(value)
                : { value },
          ),
        ),
      ],
      columns: sheet.headers.map((_, index) => ({
        width: index === 0 ? (sheet.firstColumnWidth ?? 36) : 18,
      })),
    })) as never,
  ).toBuffer();
}

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
