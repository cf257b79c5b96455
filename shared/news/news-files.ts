/**
 * A news item as the files the Information Centre works from: plain HTML to paste into the portal's
 * editor, and a .docx for leadership to read and mark up (the same writer as the Department's
 * drafts). Each holds only the text to publish: no review flags, no internal notes.
 */
import escapeHtml from 'escape-html';
import { administrativePage, docxPackage, twip } from '../documents/docx-package';
import { FONT } from '../documents/layout';
import { paragraph, textRun } from '../documents/wordml';
import type { NewsContent } from '../domain/news-item';
import { withoutForbiddenCharacters } from '../domain/xml-characters';
import type { NewsText } from './draft-news';

type Language = 'vi' | 'en';

/** One article per language, Vietnamese first: title, lead in bold, then the body. */
/** A photo published with the news: its caption and the file the editor uploads. */
export interface PhotoFile {
  caption: string;
  fileName: string;
}

export function newsHtml(draft: NewsContent, photos: readonly PhotoFile[] = []): string {
  // The editor uploads each photo under its file name; the Vietnamese article places them.
  const figures = photos.map(
    (photo) =>
      `<figure><img src="${escapeHtml(encodeURIComponent(photo.fileName))}" alt="${escapeHtml(photo.caption)}"><figcaption>${escapeHtml(photo.caption)}</figcaption></figure>`,
  );
  const article = (language: Language, text: NewsText) =>
    [
      `<article lang="${language}">`,
      `<h1>${escapeHtml(text.title)}</h1>`,
      `<p><strong>${escapeHtml(text.lead)}</strong></p>`,
      ...text.body.map((line) => `<p>${escapeHtml(line)}</p>`),
      ...(language === 'vi' ? figures : []),
      '</article>',
    ].join('\n');
  return `${article('vi', draft.vi)}\n${article('en', draft.en)}\n`;
}

const run = (text: string, sizePt: number, style: { bold?: boolean; italics?: boolean } = {}) =>
  textRun(withoutForbiddenCharacters(text), { font: FONT, sizePt, ...style });

function section(text: NewsText): string[] {
  return [
    paragraph({ align: 'center', spacing: { before: 240, after: 240 } }, run(text.title, 16, { bold: true })),
    paragraph({ align: 'both', spacing: { after: 120 } }, run(text.lead, 14, { bold: true })),
    ...text.body.map((line) =>
      paragraph({ align: 'both', spacing: { after: 120 }, indent: { firstLine: twip(12.7) } }, run(line, 14)),
    ),
  ];
}

/** The .docx of a news item: the Vietnamese text, then the English on a page of its own. */
export function newsDocx(
  draft: NewsContent,
  properties: { title: string; creator: string; created: Date },
  photos: readonly PhotoFile[] = [],
): Buffer {
  const pageBreak = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>';
  // The photos by caption and file, for the reader to find them in the dossier.
  const photoLines = photos.map((photo, index) =>
    paragraph(
      { align: 'both', spacing: { after: 60 } },
      run(`Ảnh ${index + 1}: ${photo.caption} (${photo.fileName})`, 13, { italics: true }),
    ),
  );
  return docxPackage({
    body: [...section(draft.vi), ...photoLines, pageBreak, ...section(draft.en)].join(''),
    header: paragraph({}),
    page: administrativePage,
    defaultRun: { font: FONT, sizePt: 14 },
    properties: {
      title: withoutForbiddenCharacters(properties.title),
      creator: withoutForbiddenCharacters(properties.creator),
      description: 'Tin bài về chuyến thăm, soạn từ hồ sơ đoàn vào.',
      custom: {},
      created: properties.created,
    },
  });
}
