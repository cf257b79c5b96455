/**
 * Lays an administrative document out as a .docx in the form of Nghị định 30/2020/NĐ-CP,
 * Phụ lục I: the heading as two columns (bodies and number on the left; national heading, motto
 * and place-date on the right), type and subject centred, the body justified, then recipients on
 * the left and the signer on the right.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { withoutForbiddenCharacters } from '../domain/xml-characters';
import { type AdminDocument, type Block, paragraph } from './admin-document';
import { FONT, page, sizes, paragraph as spacing } from './layout';
import { boldTextWidthMm } from './text-width';

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

const TEXT_WIDTH_MM = page.widthMm - page.margins.leftMm - page.margins.rightMm;
/** Twentieths of a point: 210 mm is 11906, as Word writes A4. */
const twip = (mm: number) => Math.round((mm * 1440) / 25.4);
const run = (text: string, style: RunStyle) =>
  new TextRun({
    text: withoutForbiddenCharacters(text),
    font: FONT,
    size: style.size * 2,
    bold: style.bold,
    italics: style.italics,
  });

/** A centred line. */
const centred = (text: string, style: RunStyle) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, style)] });

/**
 * The short solid rule the Appendix puts under the issuing body, the motto and the subject: the top
 * border of an empty paragraph, so it sits right under the line and never narrows the text above.
 */
function rule(cellMm: number, lengthMm: number) {
  const indent = twip((cellMm - lengthMm) / 2);
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 120 },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    children: [],
  });
}

const cell = (widthMm: number, children: Paragraph[]) =>
  new TableCell({ width: { size: twip(widthMm), type: WidthType.DXA }, children });

function frame(columnsMm: readonly number[], rows: Paragraph[][][]) {
  return new Table({
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    // No cell padding: the issuing body and the national heading each need the column's full width.
    margins: { left: 0, right: 0 },
    width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: columnsMm.map(twip),
    rows: rows.map(
      (cells) => new TableRow({ children: cells.map((content, i) => cell(columnsMm[i] ?? 0, content)) }),
    ),
  });
}

const LEFT_MM = 72;
const RIGHT_MM = TEXT_WIDTH_MM - LEFT_MM;
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * The lengths of the rules Phụ lục I prescribes, in millimetres: under the motto as long as the
 * motto; under the issuing body and under a document's subject, two fifths of the line above (the
 * Appendix asks for one third to one half).
 */
export function ruleLengths(document: Pick<AdminDocument, 'issuingBody' | 'subject'>) {
  const line = (text: string, size: number, column: number) => Math.min(boldTextWidthMm(text, size), column);
  return {
    motto: line(MOTTO, sizes.motto, RIGHT_MM),
    issuingBody: 0.4 * line(document.issuingBody, sizes.body, LEFT_MM),
    subject: 0.4 * line(document.subject, sizes.title, TEXT_WIDTH_MM),
  };
}

/** "Hưng Yên, ngày 05 tháng 01 năm 2027"; a draft without a date leaves day and month to fill in. */
export function placeAndDate(document: Pick<AdminDocument, 'place' | 'date' | 'year'>): string {
  if (!document.date) return `${document.place}, ngày      tháng      năm ${document.year}`;
  const [year, month, day] = document.date.split('-');
  return `${document.place}, ngày ${day} tháng ${month} năm ${year}`;
}

export const numberLine = (document: Pick<AdminDocument, 'number' | 'symbol'>) =>
  `Số: ${document.number ?? '      '}/${document.symbol}`;

function heading(document: AdminDocument): Table {
  const rules = ruleLengths(document);
  const left = [
    centred(document.governingBody, { size: sizes.body }),
    centred(document.issuingBody, { size: sizes.body, bold: true }),
    rule(LEFT_MM, rules.issuingBody),
  ];
  const right = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { size: sizes.nationalHeading, bold: true }),
    centred(MOTTO, { size: sizes.motto, bold: true }),
    rule(RIGHT_MM, rules.motto),
  ];
  const number = [new Paragraph({ text: '' }), centred(numberLine(document), { size: sizes.number })];
  if (!document.typeName) number.push(centred(`V/v ${document.subject}`, { size: sizes.letterSubject }));
  const date = [
    new Paragraph({ text: '' }),
    centred(placeAndDate(document), { size: sizes.placeDate, italics: true }),
  ];
  return frame(
    [LEFT_MM, RIGHT_MM],
    [
      [left, right],
      [number, date],
    ],
  );
}

function title(document: AdminDocument): Paragraph[] {
  if (!document.typeName) return [];
  return [
    new Paragraph({ text: '', spacing: { before: 240 } }),
    centred(document.typeName, { size: sizes.title, bold: true }),
    centred(document.subject, { size: sizes.title, bold: true }),
    rule(TEXT_WIDTH_MM, ruleLengths(document).subject),
  ];
}

function addressees(document: AdminDocument): Paragraph[] {
  const [first, ...rest] = document.addressees;
  if (!first) return [];
  const style = { size: sizes.text };
  if (rest.length === 0)
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 120 },
        children: [run(`Kính gửi: ${first}`, style)],
      }),
    ];
  return [
    new Paragraph({
      spacing: { before: 240 },
      indent: { left: twip(25) },
      children: [run('Kính gửi:', style)],
    }),
    ...document.addressees.map(
      (line, i) =>
        new Paragraph({
          indent: { left: twip(45) },
          children: [run(`- ${line}${i === document.addressees.length - 1 ? '.' : ';'}`, style)],
        }),
    ),
  ];
}

function bodyParagraph(block: Extract<Block, { kind: 'paragraph' }>): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: spacing.spaceBeforePt * 20, line: Math.round(240 * spacing.lineSpacing) },
    indent: block.plain ? undefined : { firstLine: twip(spacing.firstLineCm * 10) },
    children: [run(block.text, { size: sizes.text, bold: block.heading, italics: block.italic })],
  });
}

function bodyTable(block: Extract<Block, { kind: 'table' }>): Table {
  const total = block.widths.reduce((sum, width) => sum + width, 0);
  const widthsMm = block.widths.map((width) => (width / total) * TEXT_WIDTH_MM);
  const line = (text: string, bold = false) =>
    new Paragraph({
      alignment: bold ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [run(text, { size: sizes.table, bold })],
    });
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map((text, i) => cell(widthsMm[i] ?? 0, [line(text, bold)])),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: twip(TEXT_WIDTH_MM), type: WidthType.DXA },
    columnWidths: widthsMm.map(twip),
    rows: [row(block.headers, true), ...block.rows.map((cells) => row(cells, false))],
  });
}

function closing(document: AdminDocument): Table {
  const recipients = [
    new Paragraph({
      children: [run('Nơi nhận:', { size: sizes.recipientsLabel, bold: true, italics: true })],
    }),
    ...document.recipients.map(
      (line, i) =>
        new Paragraph({
          children: [
            run(`- ${line}${i === document.recipients.length - 1 ? '' : ';'}`, { size: sizes.recipient }),
          ],
        }),
    ),
  ];
  const signer = [
    ...document.signer.authority.map((line) => centred(line, { size: sizes.signer, bold: true })),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => new Paragraph({ text: '' })),
    centred(document.signer.name ?? '', { size: sizes.signer, bold: true }),
  ];
  return frame([TEXT_WIDTH_MM / 2, TEXT_WIDTH_MM / 2], [[recipients, signer]]);
}

/** The page number, centred in the top margin, from the second page on (Phụ lục I). */
const pageNumberHeader = () =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: sizes.pageNumber * 2 })],
      }),
    ],
  });

/** The .docx of a document, with what it was drafted from in its custom properties. */
export async function renderDocx(document: AdminDocument): Promise<Buffer> {
  const body = [...document.basis.map((line) => paragraph(line)), ...document.body].map((block) =>
    block.kind === 'table' ? bodyTable(block) : bodyParagraph(block),
  );
  const file = new Document({
    title: withoutForbiddenCharacters(document.fileTitle),
    creator: withoutForbiddenCharacters(document.issuingBody),
    description: 'Bản dự thảo do hệ thống quản lý đoàn vào tạo; văn thư cấp số và ngày ban hành.',
    customProperties: Object.entries(document.draftedFrom)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => ({ name, value: String(value) })),
    styles: { default: { document: { run: { font: FONT, size: sizes.text * 2 } } } },
    sections: [
      {
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        properties: {
          titlePage: true,
          page: {
            size: { width: twip(page.widthMm), height: twip(page.heightMm) },
            margin: {
              top: twip(page.margins.topMm),
              bottom: twip(page.margins.bottomMm),
              left: twip(page.margins.leftMm),
              right: twip(page.margins.rightMm),
            },
          },
        },
        children: [
          heading(document),
          ...title(document),
          ...addressees(document),
          ...body,
          new Paragraph({ text: '', spacing: { before: 240 } }),
          closing(document),
        ],
      },
    ],
  });
  return await Packer.toBuffer(file);
}
