import escapeHtml from 'escape-html';

/** An email body as blocks, rendered to both plain text and HTML so the two always say the same. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; headers: string[]; rows: string[][] };

type Renderers = { [K in Block['kind']]: (block: Extract<Block, { kind: K }>) => string };

const render = (renderers: Renderers, block: Block) =>
  (renderers[block.kind] as (block: Block) => string)(block);

const textRenderers: Renderers = {
  paragraph: (block) => block.text,
  heading: (block) => `${block.text}\n${'-'.repeat(block.text.length)}`,
  list: (block) => block.items.map((item) => `- ${item}`).join('\n'),
  table: (block) => block.rows.map((row, index) => `${index + 1}. ${row.join(' | ')}`).join('\n'),
};

/** Every string is escaped: names, purposes and notes come from users. */
const e = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

const htmlRenderers: Renderers = {
  paragraph: (block) => `<p>${e(block.text)}</p>`,
  heading: (block) => `<h3 style="margin:16px 0 8px">${e(block.text)}</h3>`,
  list: (block) => `<ul>${block.items.map((item) => `<li>${e(item)}</li>`).join('')}</ul>`,
  table: (block) =>
    '<table cellpadding="6" style="border-collapse:collapse" border="1">' +
    `<tr>${block.headers.map((header) => `<th align="left">${e(header)}</th>`).join('')}</tr>` +
    block.rows.map((row) => `<tr>${row.map((cell) => `<td>${e(cell)}</td>`).join('')}</tr>`).join('') +
    '</table>',
};

export const toText = (blocks: readonly Block[]): string =>
  blocks.map((block) => render(textRenderers, block)).join('\n\n');

export const toHtml = (blocks: readonly Block[]): string =>
  '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head>' +
  `<body style="font-family:Arial,sans-serif;font-size:14px">${blocks.map((block) => render(htmlRenderers, block)).join('\n')}</body></html>`;
