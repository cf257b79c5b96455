/** The Office's journeys in the web console, in a real browser against the local stack. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inDays, jicaVisit } from '../fixtures/registration';
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

const suite = consoleSuite();

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
  const office = await suite.stack.token('office');
  const page = await suite.stack.call('GET', `/delegations?q=${encodeURIComponent(name)}`, { token: office });
  return page.body.items as { id: string }[];
};

describe('The Office in the console', { timeout: 90_000 }, () => {
  it('starts at an accessible sign-in page in Vietnamese', async () => {
    const page = await (
      await suite.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' })
    ).newPage();
    await page.goto(`${suite.stack.url}/`);
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(await page.getByRole('heading', { level: 3 }).textContent()).toBe('Quản lý đoàn vào');
    await expectAccessible(page, 'sign-in');
    await screenshot(page, 'sign-in');
  });

  it('registers a two-member delegation from the form and sees its compliance report', async () => {
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    await screenshot(page, 'office-worklist');
    await expectAccessible(page, 'worklist');
    await page.getByRole('menuitem', { name: 'Đăng ký đoàn vào' }).click();
    await expectAccessible(page, 'register');
    await fillRegistration(page, 'Viện Nông nghiệp Kyoto');
    await screenshot(page, 'office-register');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await expectShown(page, 'Kết quả kiểm tra:');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Viện Nông nghiệp Kyoto');
    // Each finding with what to do, by when and its legal basis.
    await expect
      .poll(() => page.getByRole('cell', { name: /Nghị định|Quyết định|Thông tư|Luật/ }).count())
      .toBeGreaterThan(0);
    await screenshot(page, 'office-visit');
    await expectAccessible(page, 'visit');
    expect(await visitsNamed('Viện Nông nghiệp Kyoto')).toHaveLength(1);
  });

  it('registers who pays and a member’s details for the police list, and an edit keeps every detail', async () => {
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    await page.getByRole('menuitem', { name: 'Đăng ký đoàn vào' }).click();
    await fillRegistration(page, 'Viện Công nghệ Osaka');
    await choose(page, 'Bên chi trả', 'Sở chi trả toàn bộ chi phí trong nước');
    await page.getByLabel('Có chiêu đãi (01 lần)').check();
    await page
      .getByRole('row')
      .filter({ has: page.getByLabel('Họ và tên thành viên 1') })
      .getByRole('button')
      .first()
      .click();
    await page.getByLabel('Chức danh tiếng Việt thành viên 1').fill('Trưởng đoàn nghiên cứu');
    await choose(page, 'Giới tính thành viên 1', 'Nam');
    await typeDate(page, 'Ngày sinh thành viên 1', '14/05/1972');
    await expectAccessible(page, 'register with member details');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await expectShown(page, 'Kết quả kiểm tra:');
    const [created] = await visitsNamed('Viện Công nghệ Osaka');
    const read = async () =>
      (
        await suite.stack.call('GET', `/delegations/${created?.id}`, {
          token: await suite.stack.token('office'),
        })
      ).body;
    const registered = await read();
    expect(registered.hospitality).toMatchObject({ costSharing: 'department_pays', banquet: true });
    expect(registered.members[0]).toMatchObject({
      titleVi: 'Trưởng đoàn nghiên cứu',
      sex: 'male',
      dateOfBirth: '1972-05-14',
    });

    // An edit of another part sends the members back whole: nothing the form does not show is lost.
    await page.getByRole('button', { name: 'Sửa hồ sơ' }).click();
    await page.getByLabel('Mục đích').fill('Trao đổi hợp tác về công nghệ sinh học');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expectShown(page, 'Đã lưu thay đổi');
    const edited = await read();
    expect(edited.purpose).toBe('Trao đổi hợp tác về công nghệ sinh học');
    expect(edited.members[0]).toMatchObject({
      titleVi: 'Trưởng đoàn nghiên cứu',
      sex: 'male',
      dateOfBirth: '1972-05-14',
    });
    expect(edited.hospitality).toMatchObject({ costSharing: 'department_pays', banquet: true });
  });

  it('finishes a task from the worklist with a note: it leaves the worklist and shows done, by whom, on the visit', async () => {
    const id = await registered(
      suite.stack,
      jicaVisit({ partner: { name: 'Viện Việc Làm Xong', country: 'JP', type: 'academic_institution' } }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['office'], 'Trần Thu Hà');
    const visit = page.getByRole('region', { name: 'Việc của đoàn Viện Việc Làm Xong' });
    const task = visit.getByRole('row').filter({ hasText: 'Gửi danh sách khách cho Công an tỉnh' });
    await task.waitFor();
    await expectAccessible(page, 'worklist by visit');
    await task.getByRole('button', { name: 'Đã xong' }).click();
    await page
      .getByLabel('Ghi chú (số công văn đã gửi, người nhận…)')
      .fill('Đã gửi Công văn số 412/SKHCN-VP');
    await page.getByRole('dialog').getByRole('button', { name: 'Đánh dấu đã xong' }).click();
    await page
      .getByText('Đã hoàn thành "Gửi danh sách khách cho Công an tỉnh" của đoàn Viện Việc Làm Xong.')
      .waitFor();
    await task.waitFor({ state: 'detached' });

    await page.goto(`${suite.stack.url}/#/doan/${id}`);
    const row = page.getByRole('row').filter({ hasText: 'Gửi danh sách khách cho Công an tỉnh' }).first();
    await row.getByText('Đã xong').waitFor();
    await row
      .getByText(/Trần Thu Hà, \d{2}:\d{2} ngày \d{2}\/\d{2}\/\d{4} — Đã gửi Công văn số 412\/SKHCN-VP/)
      .waitFor();
    // The timeline names the person and the system's steps in Vietnamese.
    await page.getByRole('tab', { name: 'Nhật ký' }).click();
    await page.getByRole('cell', { name: 'Hệ thống kiểm tra tự động' }).first().waitFor();
    await page.getByRole('cell', { name: 'Trần Thu Hà' }).first().waitFor();
    expect(await page.getByRole('cell', { name: 'check-compliance' }).count()).toBe(0);
  });

  it('says how much an incomplete form misses and goes to the first field; the host division can be searched', async () => {
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    await page.getByRole('menuitem', { name: 'Đăng ký đoàn vào' }).click();
    await page.getByLabel('Mục đích').fill('Trao đổi hợp tác');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /^Còn \d+ mục cần điền hoặc sửa/ })
      .first()
      .waitFor();
    // The first field in error, at the top of the form, has the focus.
    await expect.poll(() => page.locator('#partner_name:focus').count()).toBe(1);
    const missing = Number(
      /Còn (\d+) mục/.exec((await page.getByRole('alert').first().textContent()) ?? '')?.[1],
    );
    expect(missing).toBe(await page.locator('.ant-form-item-has-error').count());
    // Typed and chosen with Enter, as in every other list.
    const host = page.getByLabel('Đơn vị chủ trì', { exact: true });
    await host.click();
    await host.pressSequentially('khoa học');
    await page.locator('.ant-select-dropdown:visible').getByText('Phòng Quản lý khoa học').waitFor();
    await host.press('Enter');
    const select = host.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
    await expect.poll(() => select.textContent()).toContain('Phòng Quản lý khoa học');
  });

  it('creates one visit however often the registration is sent, even when an answer is lost', async () => {
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
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
    await expectShown(page, 'Kết quả kiểm tra:');
    expect(await visitsNamed('Đại học Nông nghiệp Tokyo')).toHaveLength(1);
  });

  it('registers a delegation with the keyboard only', async () => {
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    // The pointer out of the way: hovering a picker's cell would preview its value in the field.
    await page.mouse.move(0, 0);
    await page.getByRole('menuitem', { name: 'Đăng ký đoàn vào' }).focus();
    await page.keyboard.press('Enter');
    const type = async (label: string, text: string) => {
      await page.getByLabel(label, { exact: true }).focus();
      await page.keyboard.type(text);
    };
    /** Opens a select from the keyboard, narrows it by typing when it can search, and takes the option. */
    const pick = async (label: string, text: string, downs = 0) => {
      await page.getByLabel(label, { exact: true }).focus();
      await page.keyboard.press('ArrowDown');
      if (text) await page.keyboard.type(text);
      for (let i = 0; i < downs; i++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    };
    await type('Tên đối tác (tên gốc)', 'Viện Hàn lâm Khoa học Hàn Quốc');
    await pick('Loại đối tác', 'Tổ chức quốc tế');
    await pick('Quốc gia', 'Hàn Quốc');
    await type('Mục đích', 'Trao đổi học thuật');
    /** A date goes in as one input (as from an input method or a paste), then Enter confirms it. */
    const typeDateTime = async (label: string, text: string) => {
      await page.getByLabel(label, { exact: true }).focus();
      await page.keyboard.insertText(text);
      await expect.poll(() => page.getByLabel(label, { exact: true }).inputValue()).toBe(text);
      await page.keyboard.press('Enter');
    };
    await typeDateTime('Thời gian đến', typed(inDays(50)));
    await typeDateTime('Thời gian đi', typed(inDays(51, '17:00')));
    await pick('Đơn vị chủ trì', '');
    await type('Họ và tên thành viên 1', 'Park Ji-hoon');
    await type('Họ và tên người liên hệ', 'Trần Văn Minh');
    await type('Thư điện tử', 'minh.tv@example.vn');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expectShown(page, 'Kết quả kiểm tra:');
    const [visit] = await visitsNamed('Viện Hàn lâm Khoa học Hàn Quốc');
    const office = await suite.stack.token('office');
    const stored = (await suite.stack.call('GET', `/delegations/${visit?.id}`, { token: office })).body;
    expect(stored.partner).toMatchObject({ type: 'international_organisation', country: 'KR' });
    expect(stored.members.map((member: { fullName: string }) => member.fullName)).toEqual(['Park Ji-hoon']);
  });

  it('shows the API refusal of a field on that field, in Vietnamese', async () => {
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    await page.getByRole('menuitem', { name: 'Đăng ký đoàn vào' }).click();
    await fillRegistration(page, 'Công ty Osaka');
    await page.getByLabel('Số hộ chiếu thành viên 2').fill('TZ1234567');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await expectShown(page, 'Trùng số hộ chiếu với thành viên thứ 1.');
    expect(await visitsNamed('Công ty Osaka')).toHaveLength(0);
  });
});
