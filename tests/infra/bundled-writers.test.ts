/**
 * The bundles replace library code the functions never run with stubs (infra/constructs/
 * unused-code.ts), two of them inside the spreadsheet writer. Built the way the functions are, the
 * writers must still write, part for part, the files the source writes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../infra/constructs/bundling';
import { visitDocuments } from '../../shared/documents/kinds';
import * as source from '../fixtures/bundled-writers';
import { universityFacts } from '../fixtures/documents';

let bundled: typeof source;

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'bundled-writers-'));
  await bundleFunction('tests/fixtures/bundled-writers.ts', out);
  bundled = await import(pathToFileURL(join(out, 'index.mjs')).href);
}, 60_000);

/** Each part of a zipped package, as text, by name. */
const parts = (file: Buffer) =>
  Object.fromEntries(
    Object.entries(unzipSync(file)).map(([name, bytes]) => [name, Buffer.from(bytes).toString('utf8')]),
  );

const sheets = [
  {
    sheet: 'Danh sách đoàn',
    title: 'Danh sách đoàn vào từ 01/01/2026 đến 31/12/2026',
    headers: ['STT', 'Đối tác', 'Ngày đến'],
    rows: [
      [1, 'Đại học Quốc gia Seoul', { day: '2026-03-05' }],
      [2, 'Tổng cộng', ''],
    ],
    boldLastRow: true,
  },
];

describe('The bundled file writers', () => {
  it('write the same workbook as the source, sheet for sheet', async () => {
    const expected = parts(await source.workbook(sheets as never));
    const written = parts(await bundled.workbook(sheets as never));
    expect(Object.keys(written).sort()).toEqual(Object.keys(expected).sort());
    expect(written).toEqual(expected);
    expect(written['xl/sharedStrings.xml']).toContain('Đại học Quốc gia Seoul');
  });

  it('write the same Word document as the source, part for part', () => {
    const document = visitDocuments['reception-plan'](universityFacts({}));
    const created = new Date('2026-12-03T02:00:00Z');
    const written = parts(bundled.renderDocx(document, created));
    expect(written).toEqual(parts(source.renderDocx(document, created)));
    expect(written['word/document.xml']).toContain('KẾ HOẠCH');
  });
});
