/** Reads a generated .docx back: its text (mammoth) and its parts' XML (page, margins, fonts, properties). */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';

export interface ReadDocx {
  /** Paragraphs and table cells, one per line. */
  text: string;
  documentXml: string;
  customXml: string;
  coreXml: string;
  /** Every header part's XML, by file name ("word/header1.xml"). */
  headers: Record<string, string>;
  /** Each XML part that is not well-formed XML 1.0, with the parser's reason (Word refuses to open it). */
  malformedParts: string[];
}

/** The parser's first complaint about an XML text, or undefined when it is well-formed. */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser();
  let error: string | undefined;
  parser.on('error', (found) => {
    error ??= found.message;
  });
  parser.write(xml).close();
  return error;
}

export async function readDocx(file: Buffer): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(file);
  const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const { value } = await mammoth.extractRawText({ buffer: file });
  const xmlParts = Object.keys(zip.files).filter((name) => /\.(xml|rels)$/.test(name));
  const malformedParts = (
    await Promise.all(xmlParts.map(async (name) => [name, xmlError(await part(name))] as const))
  ).flatMap(([name, error]) => (error ? [`${name}: ${error}`] : []));
  return {
    malformedParts,
    text: value.replace(/\n{2,}/g, '\n').trim(),
    documentXml: await part('word/document.xml'),
    customXml: await part('docProps/custom.xml'),
    coreXml: await part('docProps/core.xml'),
    headers: Object.fromEntries(
      await Promise.all(
        Object.keys(zip.files)
          .filter((name) => /^word\/header\d+\.xml$/.test(name))
          .map(async (name) => [name, await part(name)] as const),
      ),
    ),
  };
}

/** Every value of one attribute in the XML, e.g. the w:sz of every run. */
export const attributeValues = (xml: string, element: string, attribute: string): string[] =>
  [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\b${attribute}="([^"]*)"`, 'g'))].map(
    (match) => match[1] ?? '',
  );

/** The custom property's value ("delegationVersion" → "3"). */
export const customProperty = (xml: string, name: string): string | undefined =>
  xml.match(new RegExp(`name="${name}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`))?.[1];
