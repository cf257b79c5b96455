/**
 * The console at a desk (1366 px), on a small laptop (1024 px) and on a phone (390 px), and the
 * screens a public-service system is expected to have: the calendar and the print view.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inDays, jicaVisit, workingDayIn } from '../fixtures/registration';
import { consoleSuite, expectAccessible, registered, screenshot, signedIn } from './console-browser';

const day = workingDayIn(40);
const at = (time: string, date = day) => `${date}T${time}:00+07:00`;
const ddMMyyyy = (date: string) => date.split('-').reverse().join('/');

const suite = consoleSuite(async (stack) => {
  await stack.replaceList('/rooms', [
    { id: 'phong-3', name: 'Phòng họp tầng 3' },
    { id: 'phong-khach', name: 'Phòng khách tầng 1' },
  ]);
  await stack.replaceList('/officials', [
    {
      id: 'giam-doc',
      fullName: 'Nguyễn Văn An',
      title: 'Giám đốc Sở',
      position: 'director',
      unit: 'Ban Giám đốc',
    },
  ]);
});

/** Nothing wider than the window: no sideways scrolling on a phone. */
const pageWidth = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
        .documentElement.scrollWidth,
  );

/** English words screen readers used to read among the Vietnamese (icon names, antd's defaults). */
async function englishLabels(page: Page): Promise<string[]> {
  const labels = await page
    .locator('[aria-label]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
  return labels.filter((label) =>
    /^(clear|close|close-circle|calendar|down|up|check|ellipsis|info-circle|search|increase value|decrease value)$/i.test(
      label,
    ),
  );
}

describe('On a phone (390 px)', { timeout: 90_000 }, () => {
  it('shows leadership each waiting visit as a card with its reasons and both buttons in reach', async () => {
    await registered(
      suite.stack,
      jicaVisit({
        partner: { name: 'Viện Điện Thoại', country: 'FR', type: 'academic_institution' },
        visit: { arrival: inDays(3), departure: inDays(3, '17:00') },
      }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['leadership'], 'Nguyễn Văn An');
    await page.setViewportSize({ width: 390, height: 844 });
    // The menu is a drawer behind one button; the header keeps the name and the sign-out apart.
    await page.getByRole('button', { name: 'Danh mục', exact: true }).click();
    await page.getByRole('menuitem', { name: /Chờ lãnh đạo quyết định/ }).click();
    const card = page.getByRole('article', { name: 'Viện Điện Thoại' });
    await card.getByText('Cần quyết định').first().waitFor();
    for (const name of ['Đồng ý', 'Không đồng ý']) {
      const box = await card.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(390);
    }
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    const menu = await page.getByRole('button', { name: 'Danh mục', exact: true }).boundingBox();
    const signOut = await page.getByRole('button', { name: 'Đăng xuất' }).boundingBox();
    expect((menu?.x ?? 0) + (menu?.width ?? 0)).toBeLessThan(signOut?.x ?? 0);
    expect(Math.abs((menu?.y ?? 0) - (signOut?.y ?? 0))).toBeLessThan(4);
    await expectAccessible(page, 'inbox-phone');
    await screenshot(page, 'leadership-inbox-390');

    await card.getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Đồng ý', exact: true }).click();
    await page.getByText('Đã đồng ý tiếp đoàn Viện Điện Thoại.').waitFor();
    await card.waitFor({ state: 'detached' });
  });

  it('fits a visit’s page to the screen: the step it is at, and the report in one column', async () => {
    const id = await registered(
      suite.stack,
      jicaVisit({ partner: { name: 'Viện Màn Hình Nhỏ', country: 'JP', type: 'academic_institution' } }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${suite.stack.url}/#/doan/${id}`);
    await page.getByText('Kết quả kiểm tra:').waitFor();
    await page.getByText(/^Bước \d\/6: /).waitFor();
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(['Nội dung và việc cần làm']);
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'visit-phone');
    await screenshot(page, 'office-visit-390');
  });
});

describe('On a 1024 px screen', { timeout: 90_000 }, () => {
  it('keeps every tab of a visit in view and gives the report’s text the width to be read', async () => {
    const id = await registered(
      suite.stack,
      jicaVisit({ partner: { name: 'Viện Màn Hình Vừa', country: 'JP', type: 'academic_institution' } }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto(`${suite.stack.url}/#/doan/${id}`);
    await page.getByText('Kết quả kiểm tra:').waitFor();
    const log = await page.getByRole('tab', { name: 'Nhật ký' }).boundingBox();
    expect(log).not.toBeNull();
    expect((log?.x ?? 0) + (log?.width ?? 0)).toBeLessThanOrEqual(1024);
    expect(await page.locator('.ant-tabs-nav-more').isVisible()).toBe(false);
    const text = await page.getByRole('columnheader', { name: 'Nội dung và việc cần làm' }).boundingBox();
    expect(text?.width ?? 0).toBeGreaterThan(300);
    // The legal basis goes under the text; no column stands empty.
    expect(await page.getByRole('columnheader', { name: 'Căn cứ pháp lý' }).count()).toBe(0);
    await page
      .getByText(/^Căn cứ: /)
      .first()
      .waitFor();
    await expectAccessible(page, 'visit-1024');
    await screenshot(page, 'office-visit-1024');
  });
});

describe('At a desk (1366 px)', { timeout: 90_000 }, () => {
  it('heads a visit with its receipt number and the steps it went through, and goes back to the list it came from', async () => {
    await registered(
      suite.stack,
      jicaVisit({ partner: { name: 'Viện Bước Tiến', country: 'JP', type: 'academic_institution' } }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
    await page.getByRole('link', { name: 'Viện Bước Tiến' }).first().click();
    await page.getByRole('heading', { name: 'Viện Bước Tiến' }).waitFor();
    expect(await page.title()).toBe('Viện Bước Tiến — Quản lý đoàn vào · Sở KH&CN Hưng Yên');
    await page.getByText(/Số tiếp nhận \d{4}\/\d{4}/).waitFor();
    const steps = page.getByRole('navigation', { name: 'Tiến trình xử lý hồ sơ' });
    await steps.getByText('Tiếp nhận').waitFor();
    expect(await steps.locator('.ant-steps-item').count()).toBe(6);
    await page.getByRole('columnheader', { name: 'Căn cứ pháp lý' }).waitFor();
    expect(await englishLabels(page)).toEqual([]);
    await page
      .getByRole('navigation', { name: 'Đường dẫn' })
      .getByRole('link', { name: 'Việc cần làm' })
      .click();
    await page.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
  });

  it('prints a visit on one A4 page without the console around it', async () => {
    const id = await registered(
      suite.stack,
      jicaVisit({ partner: { name: 'Viện Bản In', country: 'JP', type: 'academic_institution' } }),
    );
    const page = await signedIn(suite.browser, suite.stack.url, ['office']);
    await page.goto(`${suite.stack.url}/#/doan/${id}`);
    await page.getByRole('link', { name: 'Bản in hồ sơ' }).click();
    const sheet = page.getByRole('article', { name: 'Bản in hồ sơ đoàn' });
    await sheet.getByText('HỒ SƠ ĐOÀN VÀO').waitFor();
    await sheet.getByText('Viện Bản In').first().waitFor();
    await sheet.getByText('Kết quả kiểm tra theo quy định').waitFor();
    await expectAccessible(page, 'print');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Đăng xuất' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Chức năng' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'In', exact: true }).isVisible()).toBe(false);
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });

  it('shows the week’s visits and meetings with room and officials, filtered by room, and the holidays by name', async () => {
    const id = await registered(
      suite.stack,
      jicaVisit({
        partner: { name: 'Viện Lịch Tuần', country: 'JP', type: 'academic_institution' },
        visit: { arrival: at('08:00'), departure: at('17:00') },
      }),
    );
    const office = await suite.stack.token('office');
    const booked = await suite.stack.call('POST', `/delegations/${id}/meetings`, {
      token: office,
      body: {
        title: 'Làm việc với Giám đốc Sở',
        start: at('09:00'),
        end: at('10:00'),
        roomId: 'phong-3',
        officialIds: ['giam-doc'],
      },
    });
    expect(booked.status).toBe(201);
    const page = await signedIn(suite.browser, suite.stack.url, ['leadership'], 'Nguyễn Văn An');
    await page.goto(`${suite.stack.url}/#/lich?xem=tuan&ngay=${day}`);
    const dayCard = page.getByRole('region', { name: new RegExp(`, ${ddMMyyyy(day)}$`) });
    await dayCard.getByRole('link', { name: 'Viện Lịch Tuần' }).waitFor();
    await dayCard
      .getByText(
        '09:00–10:00 Làm việc với Giám đốc Sở · Phòng họp tầng 3 · Nguyễn Văn An · Đoàn Viện Lịch Tuần',
      )
      .waitFor();
    await expectAccessible(page, 'calendar-week');
    await screenshot(page, 'leadership-calendar-week');
    // Another room's meetings only: this one and its visit leave the day.
    await page.getByLabel('Lọc theo phòng họp').click();
    await page.getByTitle('Phòng khách tầng 1').click();
    await dayCard.getByRole('link', { name: 'Viện Lịch Tuần' }).waitFor({ state: 'detached' });

    // The month holds the visit on its day; 24/11/2026 is named, whatever week the suite runs in.
    // (Another screen first, so the calendar opens afresh, without the filter.)
    await page.getByRole('menuitem', { name: 'Tổng quan' }).click();
    await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
    await page.goto(`${suite.stack.url}/#/lich?xem=thang&ngay=${day}`);
    await page.getByRole('link', { name: 'Viện Lịch Tuần' }).waitFor();
    await expectAccessible(page, 'calendar-month');
    await page.goto(`${suite.stack.url}/#/lich?xem=tuan&ngay=2026-11-24`);
    await page
      .getByRole('region', { name: 'Thứ Ba, 24/11/2026' })
      .getByText('Ngày Văn hóa Việt Nam')
      .waitFor();
    await page.getByRole('link', { name: 'Viện Lịch Tuần' }).waitFor({ state: 'detached' });
  });
});
