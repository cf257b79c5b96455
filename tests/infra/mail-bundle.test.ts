/**
 * The bundles leave out library code our functions never run (infra/constructs/unused-code.ts). The
 * integration tests run the handlers unbundled, so this test composes a message with the composer
 * as the email functions bundle it: a stubbed path the composer does take would throw here.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleFunction } from '../../infra/constructs/bundling';
import { exportedNames, stubSource } from '../../infra/constructs/unused-code';
import type { composeMime as ComposeMime } from '../../shared/notifications/mime';

let composeMime: typeof ComposeMime;

beforeAll(async () => {
  const outdir = mkdtempSync(join(tmpdir(), 'mail-bundle-'));
  await bundleFunction('tests/support/bundled-mail-probe.ts', outdir);
  ({ composeMime } = await import(pathToFileURL(join(outdir, 'index.mjs')).href));
}, 60_000);

const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';

describe('an email composed by the bundled composer', () => {
  it('reaches the agency with the Office as sender, its Vietnamese subject and both alternatives', async () => {
    const mail = await simpleParser(
      await composeMime({
        from: 'Văn phòng Sở KH&CN Hưng Yên <vanphong@sokhcn.hungyen.gov.vn>',
        replyTo: 'chuyenvien@sokhcn.hungyen.gov.vn',
        to: ['pa03@congan.hungyen.gov.vn', 'Phòng Ngoại vụ <ngoaivu@hungyen.gov.vn>'],
        subject: 'Thông báo đoàn vào: Đại học Quốc gia Seoul (Hàn Quốc)',
        text: 'Kính gửi Công an tỉnh Hưng Yên,',
        html: '<p>Kính gửi Công an tỉnh Hưng Yên,</p>',
      }),
    );
    expect(mail.from?.value).toEqual([
      { name: 'Văn phòng Sở KH&CN Hưng Yên', address: 'vanphong@sokhcn.hungyen.gov.vn' },
    ]);
    expect(mail.replyTo?.value[0]?.address).toBe('chuyenvien@sokhcn.hungyen.gov.vn');
    const to = Array.isArray(mail.to) ? mail.to.flatMap((a) => a.value) : (mail.to?.value ?? []);
    expect(to.map((a) => a.address)).toEqual(['pa03@congan.hungyen.gov.vn', 'ngoaivu@hungyen.gov.vn']);
    expect(to[1]?.name).toBe('Phòng Ngoại vụ');
    expect(mail.subject).toBe('Thông báo đoàn vào: Đại học Quốc gia Seoul (Hàn Quốc)');
    expect(mail.text?.trim()).toBe('Kính gửi Công an tỉnh Hưng Yên,');
    expect(mail.html).toContain('<p>Kính gửi Công an tỉnh Hưng Yên,</p>');
    expect(mail.messageId).toMatch(/^<.+@.+>$/);
    expect(mail.attachments).toEqual([]);
  });

  it('carries a meeting invitation as a calendar alternative and as an .ics file, beside a report file', async () => {
    const xlsx = Buffer.from('PK\u0003\u0004 not really a workbook');
    const mail = await simpleParser(
      await composeMime({
        from: 'vanphong@sokhcn.hungyen.gov.vn',
        to: ['lanhdao@sokhcn.hungyen.gov.vn'],
        subject: 'Mời họp',
        text: 'Mời họp',
        html: '<p>Mời họp</p>',
        invitation: { method: 'REQUEST', ics },
        attachments: [
          {
            filename: 'bao-cao.xlsx',
            content: xlsx,
            contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
        ],
      }),
    );
    const parts = mail.attachments.map((a) => ({
      type: a.contentType,
      name: a.filename,
      method: (a.headers.get('content-type') as { params: Record<string, string> }).params.method,
    }));
    expect(parts).toEqual(
      expect.arrayContaining([
        { type: 'text/calendar', name: undefined, method: 'REQUEST' },
        {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          name: 'bao-cao.xlsx',
          method: undefined,
        },
        { type: 'application/ics', name: 'lich-hop.ics', method: undefined },
      ]),
    );
    expect(mail.attachments.find((a) => a.filename === 'bao-cao.xlsx')?.content.equals(xlsx)).toBe(true);
    expect(mail.attachments.find((a) => a.filename === 'lich-hop.ics')?.content.toString()).toBe(ics);
  });
});

describe('a left-out module', () => {
  it('keeps every export name, so the bundle still links', () => {
    const source = [
      'export function aggregateChecks(schema) {}',
      'export const allProcessors = {};',
      'export { processSchema as process, finalize };',
      'export { EventStreamMarshaller as UniversalEventStreamMarshaller, getChunkedStream, } from "./x";',
      'export default nmfetch;',
    ].join('\n');
    expect(exportedNames(source).sort()).toEqual(
      [
        'UniversalEventStreamMarshaller',
        'aggregateChecks',
        'allProcessors',
        'default',
        'finalize',
        'getChunkedStream',
        'process',
      ].sort(),
    );
  });

  it('says why it was left out when something calls it', async () => {
    const stub = stubSource(['nmfetch', 'default'], 'no email we compose takes content from a URL');
    const module = await import(`data:text/javascript,${encodeURIComponent(stub)}`);
    expect(() => module.default('https://example.com')).toThrow(
      'Not bundled: no email we compose takes content from a URL.',
    );
    expect(() => module.nmfetch()).toThrow(/Not bundled/);
  });
});
