/** Leadership and the administrator in the console: decisions, history, reports, the agency directory. */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inDays, jicaVisit } from '../fixtures/registration';
import { consoleSuite, expectAccessible, registered, screenshot, signedIn } from './console-browser';

const suite = consoleSuite();

describe('Leadership in the console', { timeout: 90_000 }, () => {
  it('finds a late request in the inbox with its reason and approves it', async () => {
    // Registered three days ahead, after the lead time: leadership decides whether to receive it.
    const id = await registered(
      suite.stack,
      jicaVisit({
        partner: { name: 'Viện Gửi Muộn X', country: 'FR', type: 'academic_institution' },
        visit: { arrival: inDays(3), departure: inDays(4, '17:00') },
      }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['leadership'], 'Nguyễn Văn An');
    // Leadership's day starts on the dashboard: what waits for it, counted, and the inbox's badge.
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    expect(await page.title()).toBe('Tổng quan — Quản lý đoàn vào · Sở KH&CN Hưng Yên');
    const figures = page.getByRole('region', { name: 'Số liệu trong ngày' });
    const waiting = figures.locator('.ant-card').filter({ hasText: 'Chờ lãnh đạo quyết định' });
    await expect
      .poll(async () => Number(await waiting.locator('.ant-statistic-content').textContent()))
      .toBeGreaterThanOrEqual(1);
    const count = await waiting.locator('.ant-statistic-content').textContent();
    await page.getByRole('menuitem', { name: `Chờ lãnh đạo quyết định ${count} đoàn đang chờ` }).waitFor();
    await expectAccessible(page, 'dashboard');
    await screenshot(page, 'leadership-dashboard');
    await waiting.getByRole('link', { name: 'Xem và quyết định' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Viện Gửi Muộn X' });
    await row.getByText('Cần quyết định').first().waitFor();
    await expectAccessible(page, 'inbox');
    await screenshot(page, 'leadership-inbox');
    // The reason says whose date it is: the partner's letter came after it.
    await row
      .getByText(/sau hạn \d{2}\/\d{2}\/\d{4}/)
      .first()
      .waitFor();
    expect(await row.getByText(/\(hạn \d{2}\//).count()).toBe(0);
    await row.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await page.getByLabel('Ý kiến của lãnh đạo').fill('Đồng ý tiếp đoàn; Văn phòng chuẩn bị nội dung.');
    await page.getByRole('dialog').getByRole('button', { name: 'Đồng ý', exact: true }).click();
    // Leadership is told, rather than seeing the row vanish without a word.
    await page.getByText('Đã đồng ý tiếp đoàn Viện Gửi Muộn X.').waitFor();
    await row.waitFor({ state: 'detached' });
    // The inbox's badge counts one fewer.
    const left = Number(count) - 1;
    await page
      .getByRole('menuitem', {
        name: left > 0 ? `Chờ lãnh đạo quyết định ${left} đoàn đang chờ` : 'Chờ lãnh đạo quyết định',
        exact: true,
      })
      .waitFor();
    const office = await suite.stack.token('office');
    expect((await suite.stack.call('GET', `/delegations/${id}`, { token: office })).body.status).toBe(
      'approved',
    );

    // The visit then shows the decision, and its report reads as decided.
    await page.goto(`${suite.stack.url}/#/doan/${id}`);
    const decision = page.getByRole('region', { name: 'Ý kiến lãnh đạo' });
    await decision.getByText('Đồng ý tiếp đoàn', { exact: true }).waitFor();
    await decision.getByText('Nguyễn Văn An').waitFor();
    await decision.getByText('Đồng ý tiếp đoàn; Văn phòng chuẩn bị nội dung.').waitFor();
    await page.getByText(/Kết quả kiểm tra: Lãnh đạo Sở đã đồng ý ngày/).waitFor();
    expect(await page.getByText('Kết quả kiểm tra: Chờ lãnh đạo quyết định').count()).toBe(0);
    await page.getByText('Đã quyết định: đồng ý').first().waitFor();
    // Leadership has nothing left to do on it: no decision buttons.
    expect(await page.getByRole('button', { name: 'Không đồng ý' }).count()).toBe(0);
    await expectAccessible(page, 'visit decided');
  });

  it('searches the history for "dai hoc" without diacritics and finds Đại học Quốc gia Seoul', async () => {
    await registered(
      suite.stack,
      jicaVisit({
        partner: {
          name: 'Seoul National University',
          nameVi: 'Đại học Quốc gia Seoul',
          country: 'KR',
          type: 'academic_institution',
        },
      }),
    );
    await registered(
      suite.stack,
      jicaVisit({ partner: { name: 'Samsung Electronics', country: 'KR', type: 'foreign_business' } }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['leadership']);
    await page.getByRole('menuitem', { name: 'Lịch sử đoàn vào' }).click();
    await page.getByLabel('Tìm theo tên đối tác, thành viên (không cần dấu)').fill('dai hoc');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.getByRole('link', { name: 'Đại học Quốc gia Seoul' }).waitFor();
    expect(await page.getByRole('link', { name: 'Samsung Electronics' }).count()).toBe(0);
    await expectAccessible(page, 'history');
    await screenshot(page, 'leadership-history');
    await page.getByRole('link', { name: 'Đại học Quốc gia Seoul' }).click();
    await page.getByRole('heading', { name: 'Đại học Quốc gia Seoul' }).waitFor();
    // Leadership reads a visit; only the Office edits it.
    expect(await page.getByRole('button', { name: 'Sửa hồ sơ' }).count()).toBe(0);
  });

  it('downloads the period report as XLSX, with the visits in it', async () => {
    await registered(
      suite.stack,
      jicaVisit({
        partner: {
          name: 'Hokkaido University',
          nameVi: 'Đại học Hokkaido',
          country: 'JP',
          type: 'academic_institution',
        },
      }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['leadership']);
    await page.getByRole('menuitem', { name: 'Báo cáo' }).click();
    await page.getByRole('cell', { name: 'Tổng cộng' }).waitFor();
    // The period from today to 90 days ahead, where the fixture's visit arrives.
    const ddMMyyyy = (days: number) => inDays(days).slice(0, 10).split('-').reverse().join('/');
    const [start, end] = [page.getByPlaceholder('Ngày bắt đầu'), page.getByPlaceholder('Ngày kết thúc')];
    await start.click();
    await start.fill(ddMMyyyy(0));
    await start.press('Enter');
    await end.fill(ddMMyyyy(90));
    await end.press('Enter');
    await page.getByRole('button', { name: 'Xem báo cáo' }).click();
    await page.getByRole('cell', { name: 'Đại học Hokkaido' }).waitFor();
    await expectAccessible(page, 'reports');
    await screenshot(page, 'leadership-reports');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải về Excel (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const files = unzipSync(
      new Uint8Array(await (await download.createReadStream()).toArray().then(Buffer.concat)),
    );
    const text = Object.entries(files)
      .filter(([name]) => name.startsWith('xl/'))
      .map(([, content]) => new TextDecoder().decode(content))
      .join('\n');
    // The summary sheet and the sheet of visits, with the visit by its Vietnamese name.
    expect(Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))).toHaveLength(2);
    expect(text).toContain('Đại học Hokkaido');
  });
});

describe('The administrator in the console', { timeout: 90_000 }, () => {
  it('suspends an agency address and re-enables it', async () => {
    const page = await signedIn(suite.browser, suite.stack.url, ['admin'], 'Quản trị viên');
    const police = page.getByRole('row').filter({ hasText: 'Công an tỉnh' }).first();
    const address =
      (
        await police
          .getByRole('button', { name: /^Tạm dừng / })
          .first()
          .textContent()
      )?.replace('Tạm dừng ', '') ?? '';
    await expectAccessible(page, 'agencies');
    await police.getByRole('button', { name: `Tạm dừng ${address}` }).click();
    await police.getByText('Tạm dừng: Quản trị viên tạm dừng gửi').waitFor();
    await screenshot(page, 'admin-agencies');
    const admin = await suite.stack.token('admin');
    const suspended = (await suite.stack.call('GET', '/agencies', { token: admin })).body.items.find(
      (a: { key: string }) => a.key === 'police',
    );
    expect(suspended.emails[0].suspended.reason).toBe('Quản trị viên tạm dừng gửi');
    await police.getByRole('button', { name: `Bật lại ${address}` }).click();
    await police.getByRole('button', { name: `Tạm dừng ${address}` }).waitFor();
    const enabled = (await suite.stack.call('GET', '/agencies', { token: admin })).body.items.find(
      (a: { key: string }) => a.key === 'police',
    );
    expect(enabled.emails[0].suspended).toBeUndefined();
  });

  it('adds a meeting room, and the Office finds it among the rooms it can book', async () => {
    const page = await signedIn(suite.browser, suite.stack.url, ['admin'], 'Quản trị viên');
    await page.getByRole('menuitem', { name: 'Danh mục và ngày nghỉ' }).click();
    await page.getByRole('button', { name: 'Thêm dòng' }).waitFor();
    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    const row = await page.getByLabel(/^Mã phòng dòng \d+$/).count();
    await page.getByLabel(`Mã phòng dòng ${row}`).fill('phong-hoi-truong');
    await page.getByLabel(`Tên phòng dòng ${row}`).fill('Hội trường tầng 3');
    await page.getByLabel(`Sức chứa dòng ${row}`).fill('120');
    await expectAccessible(page, 'directories');
    await screenshot(page, 'admin-directories');
    await page.getByRole('button', { name: 'Lưu danh sách' }).click();
    await page.getByText('Đã lưu.').waitFor();
    const office = await suite.stack.token('office');
    const rooms = (await suite.stack.call('GET', '/rooms', { token: office })).body.items;
    expect(rooms).toContainEqual(
      expect.objectContaining({
        id: 'phong-hoi-truong',
        name: 'Hội trường tầng 3',
        capacity: 120,
        active: true,
      }),
    );
  });

  it('corrects a year of holidays after reading what the change will re-check, and can go back first', async () => {
    const page = await signedIn(suite.browser, suite.stack.url, ['admin'], 'Quản trị viên');
    await page.getByRole('menuitem', { name: 'Danh mục và ngày nghỉ' }).click();
    await page.getByRole('tab', { name: 'Ngày nghỉ lễ' }).click();
    const year = new Date().getFullYear();
    const stored = async () =>
      (
        await suite.stack.call('GET', `/calendar/holidays?year=${year}`, {
          token: await suite.stack.token('admin'),
        })
      ).body.items[0];
    const before = await stored();
    const first = before.daysOff[0] as string;
    const shown = first.split('-').reverse().join('/');
    await page.getByLabel('Số, ngày của thông báo').fill('Công văn thử nghiệm về nghỉ lễ');
    const daysOff = page.locator('.ant-form-item').filter({ hasText: 'Ngày nghỉ (ngoài thứ Bảy, Chủ nhật)' });
    await daysOff
      .locator('.ant-picker-selection-item')
      .filter({ hasText: shown })
      .locator('.ant-picker-selection-item-remove')
      .click();
    await page.getByRole('button', { name: `Lưu ngày nghỉ năm ${year}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Thay đổi 1 ngày (${shown}).`, { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Xem lại' }).click();
    expect((await stored()).version).toBe(before.version);

    await page.getByRole('button', { name: `Lưu ngày nghỉ năm ${year}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã lưu ngày nghỉ năm ${year}`).waitFor();
    const after = await stored();
    expect(after.daysOff).not.toContain(first);
    expect(after.version).toBe(before.version + 1);
  });

  it('offers each role only its own screens', async () => {
    const admin = await signedIn(suite.browser, suite.stack.url, ['admin']);
    const menu = async (page: typeof admin) => page.getByRole('menuitem').allTextContents();
    expect(await menu(admin)).toEqual(['Cơ quan nhận thông báo', 'Danh mục và ngày nghỉ']);
    await admin.goto(`${suite.stack.url}/#/dang-ky`);
    await admin.getByRole('heading', { name: 'Cơ quan nhận thông báo' }).waitFor();
    const both = await signedIn(suite.browser, suite.stack.url, ['office', 'leadership']);
    expect((await menu(both)).map((label) => label.replace(/\d+$/, ''))).toEqual([
      'Tổng quan',
      'Việc cần làm',
      'Đăng ký đoàn vào',
      'Chờ lãnh đạo quyết định',
      'Lịch đoàn và cuộc họp',
      'Lịch sử đoàn vào',
      'Báo cáo',
      'Kế hoạch thông tin đối ngoại',
      'Tin bài',
    ]);
    // The Office starts its day on the worklist, leadership alone on the dashboard.
    await both.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
  });
});
