/** The Office's journeys in the web console, in a real browser against the local stack. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDays } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';
import { choose, expectAccessible, launchBrowser, screenshot, signedIn, typeDate } from './console-browser';

let stack: TestStack;
let browser: Browser;

beforeAll(async () => {
  [stack, browser] = await Promise.all([startTestStack(), launchBrowser()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** dd/MM/yyyy HH:mm of a local date-time from the fixtures. */
const typed = (isoLocal: string) => {
  const [date = '', time = ''] = isoLocal.split('T');
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year} ${time.slice(0, 5)}`;
};

async function fillRegistration(page: Page, partner: string) {
  await page.getByLabel('Tên đối tác (tên gốc)').fill(partner);
  await choose(page, 'Loại đối tác', 'Tổ chức quốc tế');
  await choose(page, 'Quốc gia', 'Nhật Bản (JP)');
  await page.getByLabel('Mục đích').fill('Trao đổi hợp tác về nông nghiệp thông minh');
  await typeDate(page, 'Thời gian đến', typed(inDays(45)));
  await typeDate(page, 'Thời gian đi', typed(inDays(46, '17:00')));
  await choose(page, 'Đơn vị chủ trì', 'Phòng Quản lý khoa học');
  await page.getByLabel('Họ và tên thành viên 1').fill('Tanaka Hiroshi');
  await page.getByLabel('Số hộ chiếu thành viên 1').fill('TZ1234567');
  await page.getByRole('button', { name: 'Thêm thành viên' }).click();
  await page.getByLabel('Họ và tên thành viên 2').fill('Sato Yuki');
  await page.getByLabel('Số hộ chiếu thành viên 2').fill('TZ7654321');
  await page.getByLabel('Họ và tên người liên hệ').fill('Trần Văn Minh');
  await page.getByLabel('Thư điện tử').fill('minh.tv@example.vn');
}

const visitsNamed = async (name: string) => {
  const office = await stack.token('office');
  const page = await stack.call('GET', `/delegations?q=${encodeURIComponent(name)}`, { token: office });
  return page.body.items as { id: string }[];
};

describe('The Office in the console', { timeout: 90_000 }, () => {
  it('registers a two-member delegation from the form and sees its compliance report', async () => {
    const page = await signedIn(browser, stack.url, ['office']);
    await screenshot(page, 'office-worklist');
    await expectAccessible(page, 'worklist');
    await page.getByRole('menuitem', { name: 'Đăng ký đoàn vào' }).click();
    await expectAccessible(page, 'register');
    await fillRegistration(page, 'Viện Nông nghiệp Kyoto');
    await screenshot(page, 'office-register');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.getByText('Kết quả kiểm tra:').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Viện Nông nghiệp Kyoto');
    // Each finding with what to do, by when and its legal basis.
    await expect
      .poll(() => page.getByRole('cell', { name: /Nghị định|Quyết định|Thông tư|Luật/ }).count())
      .toBeGreaterThan(0);
    await screenshot(page, 'office-visit');
    await expectAccessible(page, 'visit');
    expect(await visitsNamed('Viện Nông nghiệp Kyoto')).toHaveLength(1);
  });

  it('creates one visit however often the registration is sent, even when an answer is lost', async () => {
    const page = await signedIn(browser, stack.url, ['office']);
    await page.getByRole('menuitem', { name: 'Đăng ký đoàn vào' }).click();
    await fillRegistration(page, 'Đại học Nông nghiệp Tokyo');
    // The first answer never reaches the browser: the server registered the visit, the network lost it.
    let lost = false;
    await page.route('**/delegations', async (route) => {
      if (route.request().method() !== 'POST' || lost) return route.fallback();
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    const submit = page.getByRole('button', { name: 'Đăng ký', exact: true });
    await submit.click();
    await page.getByRole('alert').getByText('bấm Đăng ký lại').waitFor();
    // The officer clicks again, impatiently twice.
    await submit.dblclick();
    await page.getByText('Kết quả kiểm tra:').waitFor();
    expect(await visitsNamed('Đại học Nông nghiệp Tokyo')).toHaveLength(1);
  });

  it('shows the API refusal of a field on that field, in Vietnamese', async () => {
    const page = await signedIn(browser, stack.url, ['office']);
    await page.getByRole('menuitem', { name: 'Đăng ký đoàn vào' }).click();
    await fillRegistration(page, 'Công ty Osaka');
    await page.getByLabel('Số hộ chiếu thành viên 2').fill('TZ1234567');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.getByText('Trùng số hộ chiếu với thành viên thứ 1.').waitFor();
    expect(await visitsNamed('Công ty Osaka')).toHaveLength(0);
  });
});
