/** Workbooks (XLSX) for the reports: a title row, a bold header row, then the rows, on each sheet. */
import writeXlsxFile from 'write-excel-file/node';
import type { Cell } from './visit-list';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const isDay = (cell: Cell): cell is { day: string } => typeof cell === 'object';

export interface Sheet {
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
