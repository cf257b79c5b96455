/**
 * A .docx file: the Open Packaging Conventions parts (ECMA-376 Part 2) around one section of
 * WordprocessingML, zipped. One section, a header for every page but the first and an empty one
 * for the first, the document's default font, its core and custom properties.
 */
import { strToU8, zipSync } from 'fflate';
import { page } from './layout';
import { escapeXml } from './wordml';

/** Twentieths of a point: 210 mm is 11906, as Word writes A4. */
export const twip = (mm: number) => Math.round((mm * 1440) / 25.4);

/** A4 portrait with the margins of Nghị định 30/2020/NĐ-CP (layout.ts), in twips. */
export const administrativePage = {
  width: twip(page.widthMm),
  height: twip(page.heightMm),
  margins: {
    top: twip(page.margins.topMm),
    bottom: twip(page.margins.bottomMm),
    left: twip(page.margins.leftMm),
    right: twip(page.margins.rightMm),
  },
};

export interface DocxContent {
  /** The body's paragraphs and tables, already written (wordml.ts). */
  body: string;
  /** The header of the second page on; the first page's header is empty. */
  header: string;
  page: {
    width: number;
    height: number;
    margins: { top: number; right: number; bottom: number; left: number };
  };
  defaultRun: { font: string; sizePt: number };
  properties: {
    title: string;
    creator: string;
    description: string;
    /** Name → value, shown in Word's File → Properties → Custom. */
    custom: Record<string, string>;
    created: Date;
  };
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** The relationships namespace: `r:` in the parts, and the prefix of each relationship's type. */
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

const relationships = (entries: [id: string, type: string, target: string][]) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${entries
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join('')}</Relationships>`;

const contentTypes = () =>
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  [
    ['/word/document.xml', `${MAIN_TYPE}.document.main+xml`],
    ['/word/styles.xml', `${MAIN_TYPE}.styles+xml`],
    ['/word/settings.xml', `${MAIN_TYPE}.settings+xml`],
    ['/word/header1.xml', `${MAIN_TYPE}.header+xml`],
    ['/word/header2.xml', `${MAIN_TYPE}.header+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
    ['/docProps/custom.xml', 'application/vnd.openxmlformats-officedocument.custom-properties+xml'],
  ]
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('') +
  '</Types>';

function document({ body, page }: DocxContent): string {
  const { margins } = page;
  const section =
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdHeaderDefault"/>' +
    '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>' +
    `<w:pgSz w:w="${page.width}" w:h="${page.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${margins.top}" w:right="${margins.right}" w:bottom="${margins.bottom}" w:left="${margins.left}" w:header="708" w:footer="708" w:gutter="0"/>` +
    '<w:titlePg/></w:sectPr>';
  return `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}${section}</w:body></w:document>`;
}

function styles({ defaultRun }: DocxContent): string {
  const font = escapeXml(defaultRun.font);
  const size = defaultRun.sizePt * 2;
  return (
    `${XML}<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr>` +
    `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>` +
    `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault/></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>' +
    '</w:tblCellMar></w:tblPr></w:style></w:styles>'
  );
}

/** Word opens the file in its current mode rather than "Compatibility Mode". */
const settings = () =>
  `${XML}<w:settings xmlns:w="${W}"><w:defaultTabStop w:val="720"/><w:compat>` +
  '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>' +
  '</w:compat></w:settings>';

const header = (content: string) => `${XML}<w:hdr xmlns:w="${W}" xmlns:r="${R}">${content}</w:hdr>`;

function core({ properties }: DocxContent): string {
  const created = properties.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const date = (name: string) => `<dcterms:${name} xsi:type="dcterms:W3CDTF">${created}</dcterms:${name}>`;
  return (
    `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(properties.title)}</dc:title><dc:creator>${escapeXml(properties.creator)}</dc:creator>` +
    `<dc:description>${escapeXml(properties.description)}</dc:description>` +
    `${date('created')}${date('modified')}</cp:coreProperties>`
  );
}

const app = () =>
  `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"/>`;

function custom({ properties }: DocxContent): string {
  // pid 0 and 1 are reserved (MS-OLEPS); the format id is the one Office gives user-defined properties.
  const entries = Object.entries(properties.custom).map(
    ([name, value], i) =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${escapeXml(name)}">` +
      `<vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  return (
    `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    `xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${entries.join('')}</Properties>`
  );
}

const ZIP_FIRST = Date.UTC(1980, 0, 2);
const ZIP_LAST = Date.UTC(2099, 11, 31);

export function docxPackage(content: DocxContent): Buffer {
  const parts: Record<string, string> = {
    '[Content_Types].xml': contentTypes(),
    '_rels/.rels': relationships([
      ['rId1', `${R}/officeDocument`, 'word/document.xml'],
      [
        'rId2',
        'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties',
        'docProps/core.xml',
      ],
      ['rId3', `${R}/extended-properties`, 'docProps/app.xml'],
      ['rId4', `${R}/custom-properties`, 'docProps/custom.xml'],
    ]),
    'word/document.xml': document(content),
    'word/_rels/document.xml.rels': relationships([
      ['rIdStyles', `${R}/styles`, 'styles.xml'],
      ['rIdSettings', `${R}/settings`, 'settings.xml'],
      ['rIdHeaderDefault', `${R}/header`, 'header1.xml'],
      ['rIdHeaderFirst', `${R}/header`, 'header2.xml'],
    ]),
    'word/styles.xml': styles(content),
    'word/settings.xml': settings(),
    'word/header1.xml': header(content.header),
    // A header holds at least one paragraph (§17.10.4).
    'word/header2.xml': header('<w:p/>'),
    'docProps/core.xml': core(content),
    'docProps/app.xml': app(),
    'docProps/custom.xml': custom(content),
  };
  // ZIP keeps DOS dates, 1980 to 2107 (fflate refuses from 2100): a file's date is held inside them.
  const time = Math.min(Math.max(content.properties.created.getTime(), ZIP_FIRST), ZIP_LAST);
  const mtime = new Date(time);
  const zipped = zipSync(
    Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, [strToU8(xml), { mtime }]])),
  );
  return Buffer.from(zipped.buffer, zipped.byteOffset, zipped.byteLength);
}
