/**
 * A real Chromium (from the @sparticuz/chromium npm package, so CI needs nothing installed by hand)
 * driving the web console on a local stack. The browser runs in New York time, so a date shown in
 * Hà Nội time proves the console converts; its clock starts at the suite's frozen "today".
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import chromium from '@sparticuz/chromium';
import { type Browser, type Page, chromium as playwright } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Role } from '../../shared/manifest';
import { startTestStack, type TestStack } from '../support/local-stack';

/** Screenshots of each screen at 1366×768, for people to look at (see the closing notes). */
export const SCREENS_DIR = resolve(import.meta.dirname, '../../test-results/screens');

/**
 * A test file's local stack and browser, started before its tests (then `prepare`d) and stopped
 * after them. Read `stack` and `browser` inside the tests.
 */
export function consoleSuite(prepare?: (stack: TestStack) => Promise<unknown>) {
  const suite = {} as { stack: TestStack; browser: Browser };
  beforeAll(async () => {
    [suite.stack, suite.browser] = await Promise.all([
      startTestStack({ preloadHandlers: true }),
      launchBrowser(),
    ]);
    await prepare?.(suite.stack);
  }, 120_000);
  afterAll(async () => {
    await suite.browser?.close();
    await suite.stack?.stop();
  });
  return suite;
}

/** The browser; the console was built and the browser unpacked by tests/support/browser-setup.ts. */
export async function launchBrowser(): Promise<Browser> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  // The package's flags are for Lambda; one process for everything would end the browser with its first page's context.
  const args = chromium.args.filter((arg) => arg !== '--single-process');
  return playwright.launch({ executablePath: await chromium.executablePath(), args, headless: true });
}

const roleLabels: Record<Role, string> = {
  office: 'Văn phòng',
  leadership: 'Lãnh đạo Sở',
  admin: 'Quản trị',
  'information-centre': 'Trung tâm Thông tin',
};

/**
 * A fresh browser session signed in through the local sign-in page with the given roles; `prepare`
 * runs before the console loads (routes set there see every request, the landing screen's too).
 */
export async function signedIn(
  browser: Browser,
  url: string,
  roles: Role[],
  name = 'Nguyễn Thị Lan',
  prepare?: (page: Page) => Promise<unknown>,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: 'vi-VN',
    timezoneId: 'America/New_York',
  });
  const page = await context.newPage();
  await page.clock.install({ time: Date.now() });
  page.on('pageerror', (error) => console.error('console page error:', error.message));
  await prepare?.(page);
  await page.goto(`${url}/`);
  // Playwright keeps a navigated page's clock by this process's Date, which the suite shifts: set it again.
  await page.clock.setSystemTime(Date.now());
  await page.getByLabel('Họ và tên').fill(name);
  for (const role of Object.keys(roleLabels) as Role[]) {
    const box = page.getByRole('checkbox', { name: roleLabels[role] });
    if ((await box.isChecked()) !== roles.includes(role)) await box.click();
  }
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  return page;
}

/** The part of the browser's document the check below reads (this project compiles without the DOM library). */
interface PageWithAnimations {
  document: {
    getAnimations(): { playState: string; effect: { getTiming(): { iterations?: number } } | null }[];
  };
}

/** No serious or critical accessibility violation on the page as it stands. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // A dialog or message still fading in has no settled colours to measure (spinners loop for ever).
  await page.waitForFunction(() =>
    (globalThis as unknown as PageWithAnimations).document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity,
      ),
  );
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
  expect(serious, screen).toEqual([]);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: resolve(SCREENS_DIR, `${name}.png`) });
}

/**
 * Picks `option` in the antd select labelled `label`, by typing it as a user would, and fails
 * naming the select when it does not take the option.
 */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  const select = box.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " ant-select ")][1]');
  // This select's own list (another select's may still be fading out); a select without an id has
  // no way to name it, so any open list.
  const id = await box.getAttribute('id');
  const list = page.locator(`.ant-select-dropdown:visible${id ? `:has([id="${id}_list"])` : ''}`);
  const taken = async () => (await select.textContent())?.includes(option) ?? false;
  for (let attempt = 1; attempt <= 3; attempt++) {
    if ((await list.count()) === 0) {
      await box.click();
      if (await box.isEditable()) await box.fill(option);
    }
    // Typing narrows the list a render later; a click that meets that render is lost and leaves
    // the list open with nothing chosen, so look, and click again.
    await list.getByTitle(option, { exact: true }).click();
    const chosen = await expect
      .poll(taken, { timeout: 2_000 })
      .toBe(true)
      .then(
        () => true,
        () => false,
      );
    if (chosen) return;
  }
  expect(await select.textContent(), `the select "${label}" did not take "${option}"`).toContain(option);
}

/** Books and registers through the API what a journey starts from. */
export async function registered(
  stack: { call: TestStack['call']; token: TestStack['token']; bus: TestStack['bus'] },
  body: object,
): Promise<string> {
  const created = await stack.call('POST', '/delegations', { token: await stack.token('office'), body });
  expect(created.status).toBe(201);
  await stack.bus.settled();
  return created.body.id as string;
}

/**
 * Types a date (dd/MM/yyyy, or with HH:mm) into the antd picker labelled `label` and moves on with
 * Tab, which keeps it (Enter would also submit the form the picker is in).
 */
export async function typeDate(page: Page, label: string, value: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  // On a loaded machine the picker may still be opening when the text arrives and drop it: type
  // again until the field shows the value (the form would otherwise refuse it, and the test wait).
  for (let attempt = 1; attempt <= 3; attempt++) {
    await input.click();
    await input.fill(value);
    await input.press('Tab');
    // A picker still opening when Tab arrives may close afterwards and put back its old value.
    await page.locator('.ant-picker-dropdown:visible').waitFor({ state: 'hidden' });
    if ((await input.inputValue()) === value) return;
  }
  expect(await input.inputValue(), `the date "${label}" did not keep what was typed`).toBe(value);
}

/**
 * Waits for `text` to show on the page; when it does not, fails naming the form's own error messages,
 * which say why the form never reached the API (a field the browser dropped, say).
 */
export async function expectShown(page: Page, text: string): Promise<void> {
  try {
    await page.getByText(text).first().waitFor({ timeout: 30_000 });
  } catch {
    const errors = await page.locator('.ant-form-item-explain-error, .ant-alert').allInnerTexts();
    expect(errors, `"${text}" never showed; the page shows these messages instead`).toContain(text);
  }
}
