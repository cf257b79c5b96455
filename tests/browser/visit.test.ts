/** A visit's page in the console: meetings and clashes, permits, edits that meet another's edit. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../shared/manifest';
import { minimalPdf } from '../fixtures/files';
import { inDays, jicaVisit, workingDayIn } from '../fixtures/registration';
import { readDocx } from '../support/docx-reader';
import {
  choose,
  consoleSuite,
  expectAccessible,
  expectShown,
  registered,
  screenshot,
  signedIn,
  typeDate,
} from './console-browser';

const day = workingDayIn(40);
const at = (time: string, date = day) => `${date}T${time}:00+07:00`;
const ddMMyyyy = (date: string) => date.split('-').reverse().join('/');

const suite = consoleSuite(async (stack) => {
  await stack.replaceList('/rooms', [
    { id: 'phong-1', name: 'Phòng họp tầng 2' },
    { id: 'phong-2', name: 'Phòng khách tầng 1' },
  ]);
  await stack.replaceList('/officials', [
    {
      id: 'giam-doc',
      fullName: 'Nguyễn Văn An',
      title: 'Giám đốc Sở',
      position: 'director',
      unit: 'Ban Giám đốc',
    },
    // Attends meetings but signs nothing: the console does not offer them as a signer.
    { id: 'chuyen-vien', fullName: 'Ngô Văn Toàn', title: 'Chuyên viên', unit: 'Văn phòng Sở' },
  ]);
});

const pdf = minimalPdf();

/** A new visit of `partner`, its page open for a user with `roles` (`prepare` runs before it loads). */
async function visitPageOf(
  partner: string,
  roles: Role[],
  prepare?: (page: Page, id: string) => Promise<unknown>,
) {
  const id = await registered(
    suite.stack,
    jicaVisit({ partner: { name: partner, country: 'JP', type: 'academic_institution' } }),
  );
  // Before the console loads: the worklist it lands on reads the visit's compliance report too.
  const page = await signedIn(suite.browser, suite.stack.url, roles, undefined, (page) =>
    prepare ? prepare(page, id) : Promise.resolve(),
  );
  await page.goto(`${suite.stack.url}/#/doan/${id}`);
  return { page, id };
}

/** The same, open on its dossier tab. */
async function dossierOf(...args: Parameters<typeof visitPageOf>) {
  const opened = await visitPageOf(...args);
  await opened.page.getByRole('tab', { name: 'Tệp đính kèm' }).click();
  return opened;
}

/** Chooses a file on the dossier tab and uploads it; the file's row in the list. */
async function upload(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
  await page.getByRole('button', { name: 'Tải lên' }).click();
  return page.getByRole('row').filter({ hasText: name });
}

const window = { arrival: at('08:00'), departure: at('17:00', workingDayIn(42)) };

/** Books a meeting on a visit's page as the Office would, on the suite's working day. */
async function bookInConsole(
  page: Page,
  id: string,
  meeting: { title: string; room: string; start: string; end: string },
) {
  await page.goto(`${suite.stack.url}/#/doan/${id}`);
  await page.getByRole('tab', { name: 'Lịch họp' }).click();
  await page.getByLabel('Nội dung cuộc họp').fill(meeting.title);
  await typeDate(page, 'Ngày họp', ddMMyyyy(day));
  await choose(page, 'Phòng họp', meeting.room);
  await typeDate(page, 'Giờ bắt đầu', meeting.start);
  await typeDate(page, 'Giờ kết thúc', meeting.end);
  await page.getByRole('button', { name: 'Đặt lịch', exact: true }).click();
}

describe('A visit in the console', { timeout: 90_000 }, () => {
  it('books a meeting, and a clashing booking is refused with the meeting in the way shown', async () => {
    const first = await registered(
      suite.stack,
      jicaVisit({
        partner: { name: 'KOICA', country: 'KR', type: 'international_organisation' },
        visit: window,
      }),
    );
    const second = await registered(
      suite.stack,
      jicaVisit({
        partner: { name: 'JETRO', country: 'JP', type: 'international_organisation' },
        visit: window,
      }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    const book = (id: string, title: string) =>
      bookInConsole(page, id, { title, room: 'Phòng họp tầng 2', start: '09:00', end: '10:00' });
    await book(first, 'Làm việc với KOICA');
    await page.getByRole('cell', { name: 'Làm việc với KOICA' }).waitFor();
    await expectAccessible(page, 'meetings');
    await screenshot(page, 'office-meetings');
    await book(second, 'Làm việc với JETRO');
    const refusal = page.getByRole('alert').filter({ hasText: 'Phòng họp hoặc thành phần dự họp' });
    await refusal.getByText('Phòng họp hoặc thành phần dự họp đã có lịch trùng giờ.').waitFor();
    expect(await refusal.textContent()).toContain('Trùng với cuộc họp “Làm việc với KOICA” (09:00–10:00');
    // The room by its own name, not "phòng Phòng họp tầng 2".
    expect(await refusal.textContent()).toContain('của Phòng họp tầng 2.');
    expect(await page.getByRole('cell', { name: 'Làm việc với JETRO' }).count()).toBe(0);
  });

  it('books only from the button, then shows a clean form and free times without the meeting booked', async () => {
    const id = await registered(
      suite.stack,
      jicaVisit({
        partner: { name: 'Viện Lịch Trống', country: 'JP', type: 'academic_institution' },
        visit: window,
      }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    let posted = 0;
    await page.route(`**/delegations/${id}/meetings`, (route) => {
      if (route.request().method() === 'POST') posted++;
      return route.fallback();
    });
    await page.goto(`${suite.stack.url}/#/doan/${id}`);
    await page.getByRole('tab', { name: 'Lịch họp' }).click();
    await page.getByLabel('Nội dung cuộc họp').fill('Làm việc buổi sáng');
    await typeDate(page, 'Ngày họp', ddMMyyyy(day));
    await choose(page, 'Phòng họp', 'Phòng khách tầng 1');
    await page.getByText(/Thời gian trống ngày .*07:30–11:30/).waitFor();
    await typeDate(page, 'Giờ bắt đầu', '09:00');
    // Enter in the end time confirms the time; it does not book.
    const end = page.getByLabel('Giờ kết thúc', { exact: true });
    await end.click();
    await end.fill('10:00');
    await end.press('Enter');
    await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
    // Again, as an officer confirming once more would, and Enter in a text field: nothing is sent.
    await end.press('Enter');
    await page.getByLabel('Nội dung cuộc họp').press('Enter');
    expect(await page.getByRole('cell', { name: 'Làm việc buổi sáng' }).count()).toBe(0);
    expect(posted).toBe(0);
    await page.getByRole('button', { name: 'Đặt lịch', exact: true }).click();
    await page.getByRole('cell', { name: 'Làm việc buổi sáng' }).waitFor();
    expect(posted).toBe(1);
    // The form starts afresh, not in red.
    expect(await page.locator('.ant-form-item-has-error').count()).toBe(0);
    // Enter in the emptied form does not try to book it (and so marks nothing red).
    await page.getByLabel('Nội dung cuộc họp').fill('Làm việc buổi chiều');
    await page.getByLabel('Nội dung cuộc họp').press('Enter');
    expect(await page.locator('.ant-form-item-has-error').count()).toBe(0);
    // The same day and room again: their free times no longer hold the meeting (15 minutes of buffer).
    await typeDate(page, 'Ngày họp', ddMMyyyy(day));
    await choose(page, 'Phòng họp', 'Phòng khách tầng 1');
    await page.getByText(/Thời gian trống ngày .*07:30–08:45, 10:15–11:30/).waitFor();
    expect(await page.locator('.ant-form-item-has-error').count()).toBe(0);
  });

  it('says why a meeting outside working hours cannot be booked', async () => {
    const id = await registered(
      suite.stack,
      jicaVisit({
        partner: { name: 'GIZ', country: 'DE', type: 'international_organisation' },
        visit: window,
      }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    await bookInConsole(page, id, {
      title: 'Ăn trưa làm việc',
      room: 'Phòng khách tầng 1',
      start: '11:00',
      end: '12:30',
    });
    await page
      .getByRole('alert')
      .getByText('Cuộc họp phải nằm trong giờ làm việc (07:30–11:30, 13:30–17:00).')
      .waitFor();
  });

  it('records a police permit and the restricted-area finding clears', async () => {
    const id = await registered(
      suite.stack,
      jicaVisit({
        partner: { name: 'Nhà máy Kho Z', country: 'JP', type: 'foreign_business' },
        itinerary: [{ name: 'Nhà máy Z', restrictedArea: true, overnightStay: false }],
      }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    await page.goto(`${suite.stack.url}/#/doan/${id}`);
    const finding = page.getByRole('row').filter({ hasText: 'Nhà máy Z' }).first();
    await finding.getByText('Cần thực hiện').waitFor();
    await page.getByRole('button', { name: 'Ghi nhận văn bản cho phép' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Số văn bản').waitFor();
    await expectAccessible(page, 'record approval');
    await choose(page, 'Loại văn bản', 'Giấy phép vào khu vực cấm');
    await choose(page, 'Cơ quan cho phép', 'Công an tỉnh');
    await dialog.getByLabel('Số văn bản').fill('45/GP-CAT-PA02');
    await typeDate(page, 'Ngày văn bản', ddMMyyyy(inDays(0).slice(0, 10)));
    await dialog.getByLabel('Cơ quan ban hành').fill('Công an tỉnh Hưng Yên');
    await dialog.getByRole('button', { name: 'Ghi nhận' }).click();
    const cleared = page.getByRole('row').filter({ hasText: '45/GP-CAT-PA02' }).first();
    await cleared.getByText('Lưu ý').waitFor();
    await page.getByRole('tab', { name: 'Hồ sơ' }).click();
    await page.getByRole('cell', { name: '45/GP-CAT-PA02 ngày' }).waitFor();
  });

  it('downloads a visit’s drafts signed by the official chosen, and says why one cannot be drafted yet', async () => {
    const { page } = await visitPageOf('Viện Văn Bản', ['office']);
    await page.getByRole('tab', { name: 'Văn bản' }).click();
    await choose(page, 'Người ký', 'Nguyễn Văn An — Giám đốc Sở');
    await expectAccessible(page, 'documents');
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row('Công văn thông báo danh sách khách')
        .getByRole('button', { name: /Tải dự thảo/ })
        .click(),
    ]);
    // What the file is and whose, in plain letters every mail client keeps.
    expect(download.suggestedFilename()).toBe('Cong-van-Cong-an-Vien-Van-Ban.docx');
    const { text } = await readDocx(await readFile((await download.path()) as string));
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        'Kính gửi:',
        '- Công an tỉnh Hưng Yên;',
        '- Văn phòng Ủy ban nhân dân tỉnh Hưng Yên.',
      ]),
    );
    expect(text.split('\n').slice(-2)).toEqual(['GIÁM ĐỐC', 'Nguyễn Văn An']);
    // A draft that cannot be made yet is disabled, with its reason beside it.
    const report = row('Báo cáo kết quả đón đoàn');
    await report.getByText('Chưa có báo cáo sau chuyến thăm; hãy nhập báo cáo kết quả trước.').waitFor();
    expect(await report.getByRole('button', { name: /Tải dự thảo/ }).isDisabled()).toBe(true);
    expect(
      await row('Đề án tổ chức hội nghị, hội thảo quốc tế')
        .getByRole('button', { name: /Tải dự thảo/ })
        .isDisabled(),
    ).toBe(true);
  });

  it('keeps the partner’s letter in the dossier, and refuses a file that is not what its name says', async () => {
    const { page } = await dossierOf('Viện Hồ Sơ', ['office']);
    const row = await upload(page, 'Công văn 15.pdf', 'application/pdf', pdf);
    await page.getByText('Đã lưu tệp "Công văn 15.pdf" vào hồ sơ.').waitFor();
    await row.getByText('Đã lưu').waitFor();
    expect(await row.getByRole('link', { name: 'Công văn 15.pdf' }).getAttribute('href')).toContain(
      'X-Amz-Signature=',
    );
    await expectAccessible(page, 'dossier');
    const refused = await upload(page, 'Giấy phép.pdf', 'application/pdf', Buffer.from('not a pdf'));
    await page
      .getByText('Nội dung tệp "Giấy phép.pdf" không phải là tệp .pdf như đã khai.')
      .first()
      .waitFor();
    await refused.getByText('Bị từ chối').waitFor();
  });

  it('lets an administrator delete a file for good, the reason staying on its record and the timeline', async () => {
    const { page } = await dossierOf('Viện Lưu Trữ', ['office', 'admin']);
    const row = await upload(page, 'Hộ chiếu nhầm.pdf', 'application/pdf', pdf);
    await row.getByText('Đã lưu').waitFor();
    await row.getByRole('button', { name: 'Xóa tệp Hộ chiếu nhầm.pdf' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await dialog.getByText('Nhập lý do xóa').waitFor();
    await dialog.getByLabel('Lý do xóa').fill('Tải nhầm tệp có số hộ chiếu');
    await dialog.getByRole('button', { name: 'Xóa vĩnh viễn' }).click();
    await row.getByText('Đã xóa').waitFor();
    await row.getByText(/Tải nhầm tệp có số hộ chiếu/).waitFor();
    expect(await row.getByRole('link').count()).toBe(0);
    expect(await row.getByRole('button', { name: /Xóa tệp/ }).count()).toBe(0);
    await expectAccessible(page, 'dossier-deleted');
    await suite.stack.bus.settled();
    await page.getByRole('tab', { name: 'Nhật ký' }).click();
    await page.getByRole('cell', { name: 'Xóa tệp khỏi hồ sơ' }).waitFor();
  });

  it('offers no deletion to the Office', async () => {
    const { page } = await dossierOf('Viện Văn Thư', ['office']);
    const row = await upload(page, 'Công văn.pdf', 'application/pdf', pdf);
    await row.getByText('Đã lưu').waitFor();
    expect(await page.getByRole('columnheader', { name: 'Thao tác' }).count()).toBe(0);
    expect(await row.getByRole('button').count()).toBe(0);
  });

  it('states the size limit the API gives and refuses a larger file without sending it', async () => {
    const declared: string[] = [];
    const { page } = await dossierOf('Viện Ảnh', ['office'], async (page, id) => {
      // A stage that takes files up to 1 MB.
      await page.route(`**/delegations/${id}/attachments`, async (route) => {
        if (route.request().method() !== 'GET') return route.fallback();
        const response = await route.fetch();
        await route.fulfill({ response, json: { ...(await response.json()), maxUploadBytes: 1024 * 1024 } });
      });
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().endsWith('/attachments'))
          declared.push(request.url());
      });
    });
    await page.getByText('Nhận tệp PDF, Word, Excel, JPEG, PNG đến 1 MB;').waitFor();
    await upload(page, 'Ảnh đoàn.png', 'image/png', Buffer.alloc(1536 * 1024));
    await page.getByText('Tệp quá lớn: tối đa 1 MB.').waitFor();
    expect(declared).toEqual([]);
  });

  it('cancels a visit, and shows the notices of the cancellation sent to the agencies', async () => {
    const { page } = await visitPageOf('Viện Hủy Chuyến', ['office']);
    await page.getByText('Kết quả kiểm tra:').waitFor();
    await page.getByRole('button', { name: 'Hủy chuyến thăm' }).click();
    const dialog = page.getByRole('dialog');
    const reason = dialog.getByLabel('Lý do hủy');
    await reason.fill('Đối tác hoãn chuyến thăm');
    await expect.poll(() => reason.inputValue()).toBe('Đối tác hoãn chuyến thăm');
    await dialog.getByRole('button', { name: 'Hủy chuyến thăm' }).click();
    // Fails listing the dialog's own message (a refusal, a field missing) if the visit stays open.
    await expectShown(page, 'Đã hủy');
    // The notices go a moment later, as they do in AWS.
    await suite.stack.bus.settled();
    await page.getByRole('tab', { name: 'Thông báo đã gửi' }).click();
    const notices = page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Hủy chuyến thăm' }) });
    await expect.poll(() => notices.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(4);
    expect(await notices.filter({ hasText: 'Công an tỉnh' }).count()).toBe(1);
  });

  it('shows the compliance report when it comes, however long the check takes', async () => {
    // The check has not written its report yet (as while a failed check waits for its retry).
    let asked = 0;
    let checked = false;
    const { page } = await visitPageOf('Viện Chờ Kiểm Tra', ['office'], (page, id) =>
      page.route(`**/delegations/${id}/compliance`, async (route) => {
        asked++;
        if (checked) return route.fallback();
        await route.fulfill({
          status: 404,
          json: { error: { code: 'not_found', message: 'No report yet' } },
        });
      }),
    );
    await page.getByText('Đang kiểm tra theo quy định…').waitFor();
    // Past the visit page's quick retries (1 + 30 × 0.5 s on the page's clock): only a page that
    // keeps asking gets further.
    for (let step = 0; asked < 32 && step < 200; step++) {
      await page.clock.fastForward(600);
      await page.waitForTimeout(30);
    }
    expect(asked).toBeGreaterThanOrEqual(32);
    checked = true;
    await page.clock.fastForward(3_000);
    await expectShown(page, 'Kết quả kiểm tra:');
  });

  it('shows an edit that meets a newer version, says what changed, and applies it on top', async () => {
    const id = await registered(
      suite.stack,
      jicaVisit({ partner: { name: 'Trường Đại học Kyoto', country: 'JP', type: 'academic_institution' } }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    await page.goto(`${suite.stack.url}/#/doan/${id}`);
    await page.getByRole('button', { name: 'Sửa hồ sơ' }).click();
    // Meanwhile a colleague changes the purpose.
    const office = await suite.stack.token('office');
    const colleague = await suite.stack.call('PATCH', `/delegations/${id}`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { purpose: 'Trao đổi về chuyển giao công nghệ' },
    });
    expect(colleague.status).toBe(200);
    await page.getByLabel('Chủ đề làm việc').fill('nông nghiệp thông minh');
    await page.getByLabel('Chủ đề làm việc').press('Enter');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'Hồ sơ đã được người khác thay đổi' });
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Phần đã thay đổi: Mục đích');
    await screenshot(page, 'office-stale-edit');
    await warning.getByRole('button', { name: 'Áp dụng thay đổi của tôi lên bản mới nhất' }).click();
    await expect
      .poll(
        async () => (await suite.stack.call('GET', `/delegations/${id}`, { token: office })).body.revision,
      )
      .toBe(3);
    const saved = (await suite.stack.call('GET', `/delegations/${id}`, { token: office })).body;
    expect(saved.topics).toContain('nông nghiệp thông minh');
  });
});
