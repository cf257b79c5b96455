/**
 * The few WordprocessingML elements our drafts are made of (ECMA-376 Part 1, §17): paragraphs,
 * runs, fixed-layout tables and the PAGE field. Written by hand rather than with the `docx` library:
 * that library cost the two drafting functions 233 KB of their bundles (155 KB for a single
 * `TextRun`, module side effects esbuild cannot drop), half of what a cold start reads, for the
 * dozen elements below. Lengths are in twentieths of a point (twips) as Word writes them.
 */

export interface RunStyle {
  font: string;
  /** Points; written as half-points. */
  sizePt: number;
  bold?: boolean;
  italics?: boolean;
}

export interface ParagraphStyle {
  align?: 'center' | 'left' | 'both';
  spacing?: { before?: number; after?: number; line?: number };
  indent?: { left?: number; right?: number; firstLine?: number };
  /** A solid line along the paragraph's top edge (a rule under the line above). */
  topRule?: boolean;
}

/** Text escaped for an element's content or a double-quoted attribute. */
export const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

const attributes = (values: Record<string, string | number | undefined>) =>
  Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => ` w:${name}="${value}"`)
    .join('');

function runProperties(style: RunStyle): string {
  const font = escapeXml(style.font);
  const size = style.sizePt * 2;
  return (
    `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>` +
    `${style.bold ? '<w:b/><w:bCs/>' : ''}${style.italics ? '<w:i/><w:iCs/>' : ''}` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr>`
  );
}

/** A run of text; spaces are kept as typed (the blanks left for a number or a date). */
export const textRun = (text: string, style: RunStyle) =>
  `<w:r>${runProperties(style)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** The current page's number, as a field Word updates on every page. */
export function pageNumberRuns(style: RunStyle): string {
  const run = (content: string) => `<w:r>${runProperties(style)}${content}</w:r>`;
  return [
    run('<w:fldChar w:fldCharType="begin"/>'),
    run('<w:instrText xml:space="preserve"> PAGE </w:instrText>'),
    run('<w:fldChar w:fldCharType="separate"/>'),
    run('<w:t>1</w:t>'),
    run('<w:fldChar w:fldCharType="end"/>'),
  ].join('');
}

/** A paragraph of runs (already written); no runs makes an empty line. Children follow §17.3.1.26's order. */
export function paragraph(style: ParagraphStyle, runs = ''): string {
  const { spacing, indent } = style;
  const properties = [
    style.topRule ? '<w:pBdr><w:top w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>' : '',
    spacing ? `<w:spacing${attributes(spacing)}/>` : '',
    indent ? `<w:ind${attributes(indent)}/>` : '',
    style.align ? `<w:jc w:val="${style.align}"/>` : '',
  ].join('');
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs}</w:p>`;
}

export interface TableLayout {
  /** Each column's width, in twips; the table is as wide as their sum. */
  columns: readonly number[];
  /** Single lines around and between every cell, or no lines at all. */
  borders: boolean;
  /** No space between a cell's edge and its text (the heading's two columns need their full width). */
  noCellPadding?: boolean;
}

export interface TableRow {
  /** The paragraphs (already written) of each cell. */
  cells: readonly string[][];
  /** Repeated at the top of every page the table runs onto. */
  header?: boolean;
}

const BORDER_EDGES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'];

export function table(layout: TableLayout, rows: readonly TableRow[]): string {
  const width = layout.columns.reduce((sum, column) => sum + column, 0);
  const line = layout.borders
    ? 'w:val="single" w:sz="4" w:space="0" w:color="auto"'
    : 'w:val="none" w:sz="0" w:space="0" w:color="auto"';
  const properties =
    `<w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>` +
    `<w:tblBorders>${BORDER_EDGES.map((edge) => `<w:${edge} ${line}/>`).join('')}</w:tblBorders>` +
    '<w:tblLayout w:type="fixed"/>' +
    (layout.noCellPadding
      ? '<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
      : '') +
    '</w:tblPr>';
  const grid = `<w:tblGrid>${layout.columns.map((column) => `<w:gridCol w:w="${column}"/>`).join('')}</w:tblGrid>`;
  const cell = (content: string[], i: number) =>
    `<w:tc><w:tcPr><w:tcW w:w="${layout.columns[i] ?? 0}" w:type="dxa"/></w:tcPr>` +
    // A cell must end with a paragraph (§17.4.66).
    `${content.length ? content.join('') : paragraph({})}</w:tc>`;
  const row = ({ cells, header }: TableRow) =>
    `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map(cell).join('')}</w:tr>`;
  return `<w:tbl>${properties}${grid}${rows.map(row).join('')}</w:tbl>`;
}
