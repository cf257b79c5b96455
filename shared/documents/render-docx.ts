/**
 * Lays an administrative document out as a .docx in the form of Nghị định 30/2020/NĐ-CP,
 * Phụ lục I: the heading as two columns (bodies and number on the left; national heading, motto
 * and place-date on the right), type and subject centred, the body justified, then recipients on
 * the left and the signer on the right.
 */
import { withoutForbiddenCharacters } from '../domain/xml-characters';
import { type AdminDocument, type Block, paragraph } from './admin-document';
import { administrativePage, docxPackage, twip } from './docx-package';
import { FONT, page, sizes, paragraph as spacing } from './layout';
import { boldTextWidthMm } from './text-width';
import { paragraph as p, pageNumberRuns, table, textRun } from './wordml';

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

const TEXT_WIDTH_MM = page.widthMm - page.margins.leftMm - page.margins.rightMm;
const run = (text: string, style: RunStyle) =>
  textRun(withoutForbiddenCharacters(text), {
    font: FONT,
    sizePt: style.size,
    bold: style.bold,
    italics: style.italics,
  });
const EMPTY_LINE = p({});

/** A centred line. */
const centred = (text: string, style: RunStyle) => p({ align: 'center' }, run(text, style));

/**
 * The short solid rule the Appendix puts under the issuing body, the motto and the subject: the top
 * border of an empty paragraph, so it sits right under the line and never narrows the text above.
 */
function rule(cellMm: number, lengthMm: number) {
  const indent = twip((cellMm - lengthMm) / 2);
  return p({
    topRule: true,
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 0, line: 120 },
  });
}

/** A table without lines or cell padding that places blocks side by side. */
const frame = (columnsMm: readonly number[], rows: string[][][]) =>
  table(
    { columns: columnsMm.map(twip), borders: false, noCellPadding: true },
    rows.map((cells) => ({ cells })),
  );

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

function heading(document: AdminDocument): string {
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
  const number = [EMPTY_LINE, centred(numberLine(document), { size: sizes.number })];
  if (!document.typeName) number.push(centred(`V/v ${document.subject}`, { size: sizes.letterSubject }));
  const date = [EMPTY_LINE, centred(placeAndDate(document), { size: sizes.placeDate, italics: true })];
  return frame(
    [LEFT_MM, RIGHT_MM],
    [
      [left, right],
      [number, date],
    ],
  );
}

function title(document: AdminDocument): string[] {
  if (!document.typeName) return [];
  return [
    p({ spacing: { before: 240 } }),
    centred(document.typeName, { size: sizes.title, bold: true }),
    centred(document.subject, { size: sizes.title, bold: true }),
    rule(TEXT_WIDTH_MM, ruleLengths(document).subject),
  ];
}

function addressees(document: AdminDocument): string[] {
  const [first, ...rest] = document.addressees;
  if (!first) return [];
  const style = { size: sizes.text };
  if (rest.length === 0)
    return [p({ align: 'center', spacing: { before: 240, after: 120 } }, run(`Kính gửi: ${first}`, style))];
  return [
    p({ spacing: { before: 240 }, indent: { left: twip(25) } }, run('Kính gửi:', style)),
    ...document.addressees.map((line, i) =>
      p(
        { indent: { left: twip(45) } },
        run(`- ${line}${i === document.addressees.length - 1 ? '.' : ';'}`, style),
      ),
    ),
  ];
}

function bodyParagraph(block: Extract<Block, { kind: 'paragraph' }>): string {
  return p(
    {
      align: 'both',
      spacing: { before: spacing.spaceBeforePt * 20, line: Math.round(240 * spacing.lineSpacing) },
      indent: block.plain ? undefined : { firstLine: twip(spacing.firstLineCm * 10) },
    },
    run(block.text, { size: sizes.text, bold: block.heading, italics: block.italic }),
  );
}

function bodyTable(block: Extract<Block, { kind: 'table' }>): string {
  const total = block.widths.reduce((sum, width) => sum + width, 0);
  const columns = block.widths.map((width) => twip((width / total) * TEXT_WIDTH_MM));
  const line = (text: string, bold: boolean) =>
    p({ align: bold ? 'center' : 'left' }, run(text, { size: sizes.table, bold }));
  const row = (cells: readonly string[], header: boolean) => ({
    header,
    cells: cells.map((text) => [line(text, header)]),
  });
  return table({ columns, borders: true }, [
    row(block.headers, true),
    ...block.rows.map((cells) => row(cells, false)),
  ]);
}

function closing(document: AdminDocument): string {
  const recipients = [
    p({}, run('Nơi nhận:', { size: sizes.recipientsLabel, bold: true, italics: true })),
    ...document.recipients.map((line, i) =>
      p({}, run(`- ${line}${i === document.recipients.length - 1 ? '' : ';'}`, { size: sizes.recipient })),
    ),
  ];
  const signer = [
    ...document.signer.authority.map((line) => centred(line, { size: sizes.signer, bold: true })),
    // Room for the signature and the seal.
    ...Array.from({ length: 4 }, () => EMPTY_LINE),
    centred(document.signer.name ?? '', { size: sizes.signer, bold: true }),
  ];
  return frame([TEXT_WIDTH_MM / 2, TEXT_WIDTH_MM / 2], [[recipients, signer]]);
}

/** The page number, centred in the top margin, from the second page on (Phụ lục I). */
const pageNumberHeader = () =>
  p({ align: 'center' }, pageNumberRuns({ font: FONT, sizePt: sizes.pageNumber }));

/** The .docx of a document, with what it was drafted from in its custom properties. */
export function renderDocx(document: AdminDocument, created = new Date()): Buffer {
  const body = [...document.basis.map((line) => paragraph(line)), ...document.body].map((block) =>
    block.kind === 'table' ? bodyTable(block) : bodyParagraph(block),
  );
  return docxPackage({
    body: [
      heading(document),
      ...title(document),
      ...addressees(document),
      ...body,
      p({ spacing: { before: 240 } }),
      closing(document),
    ].join(''),
    header: pageNumberHeader(),
    page: administrativePage,
    defaultRun: { font: FONT, sizePt: sizes.text },
    properties: {
      title: withoutForbiddenCharacters(document.fileTitle),
      creator: withoutForbiddenCharacters(document.issuingBody),
      description: 'Bản dự thảo do hệ thống quản lý đoàn vào tạo; văn thư cấp số và ngày ban hành.',
      custom: Object.fromEntries(
        Object.entries(document.draftedFrom)
          .filter(([, value]) => value !== undefined)
          .map(([name, value]) => [name, withoutForbiddenCharacters(String(value))]),
      ),
      created,
    },
  });
}
