/** A visit's news item in the console: the Office drafts and submits, leadership returns and approves, the Information Centre records where it was published. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { planYearOf } from '../../shared/history/plan-period';
import type { Role } from '../../shared/manifest';
import { pngHead } from '../fixtures/files';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import {
  choose,
  consoleSuite,
  expectAccessible,
  expectShown,
  registered,
  screenshot,
  signedIn,
} from './console-browser';

const suite = consoleSuite();
const png = pngHead();
const visit = {
  arrival: `${workingDayIn(40)}T08:00:00+07:00`,
  departure: `${workingDayIn(41)}T17:00:00+07:00`,
};
const later = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

/** Opens another part of the visit and the news again: the other person's last step shows. */
async function reopen(page: Page) {
  await page.getByRole('tab', { name: 'Nhật ký' }).click();
  await page.getByRole('tab', { name: 'Tin bài' }).click();
}

/** A visit that took place and whose report is filed, through the API and the schedules. */
async function reportedVisit(nameVi: string): Promise<string> {
  const { stack } = suite;
  const id = await registered(
    stack,
    jicaVisit({
      visit,
      partner: { name: 'Tokyo Institute', nameVi, country: 'JP', type: 'academic_institution' },
    }),
  );
  for (const at of [later(visit.arrival, 1), later(visit.departure, 1)]) {
    expect((await stack.local('/_local/schedules/visit-progress', { scheduledTime: at })).status).toBe(200);
    await stack.bus.settled();
  }
  const filed = await stack.call('POST', `/delegations/${id}/visit-report`, {
    token: await stack.token('office'),
    headers: { 'if-match': '"1"' },
    body: { summary: 'Hai bên thống nhất trao đổi chuyên gia.', agreementsSigned: ['Biên bản ghi nhớ'] },
  });
  expect(filed.status).toBe(200);
  // A photo of the visit in its dossier, for the Office to publish with the news.
  const declared = await stack.call('POST', `/delegations/${id}/attachments`, {
    token: await stack.token('office'),
    body: { fileName: 'Ảnh đoàn.png', contentType: 'image/png', size: png.length, kind: 'photo' },
  });
  const { url, headers } = declared.body.upload;
  expect((await fetch(url, { method: 'PUT', headers, body: png })).status).toBe(200);
  const attachment = declared.body.attachment.id;
  expect(
    (
      await stack.call('POST', `/delegations/${id}/attachments/${attachment}/confirm`, {
        token: await stack.token('office'),
      })
    ).status,
  ).toBe(200);
  return id;
}

async function newsTab(id: string, roles: Role[]): Promise<Page> {
  const page = await signedIn(suite.browser, suite.stack.url, roles);
  await page.goto(`${suite.stack.url}/#/doan/${id}`);
  await page.getByRole('tab', { name: 'Tin bài' }).click();
  return page;
}

describe('The news of a visit', () => {
  it('goes from the Office’s draft through leadership’s return and approval to the Information Centre and the portal', {
    timeout: 120_000,
  }, async () => {
    const id = await reportedVisit('Viện Công nghệ Tokyo');
    const office = await newsTab(id, ['office']);
    await expectShown(office, 'Dự thảo chưa lưu');
    const lead = office.getByLabel('Sa-pô (đoạn mở đầu)');
    expect(await office.getByLabel('Tiêu đề', { exact: true }).inputValue()).toContain(
      'Viện Công nghệ Tokyo',
    );
    await expectAccessible(office, 'news draft');
    await screenshot(office, 'news-draft');
    await lead.fill('Sáng nay, Sở tiếp đoàn Viện Công nghệ Tokyo.');
    await office.getByRole('button', { name: 'Thêm ảnh từ hồ sơ' }).click();
    await choose(office, 'Ảnh 1', 'Ảnh đoàn.png');
    await office.getByLabel('Chú thích ảnh 1').fill('Lãnh đạo Sở tiếp đoàn Viện Công nghệ Tokyo');
    await office.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
    await expectShown(office, 'Chờ lãnh đạo duyệt');
    expect(await office.getByRole('button', { name: 'Lưu dự thảo' }).count()).toBe(0);

    const leader = await newsTab(id, ['leadership']);
    await expectShown(leader, 'Sáng nay, Sở tiếp đoàn Viện Công nghệ Tokyo.');
    await leader.getByRole('button', { name: 'Trả lại để chỉnh sửa' }).click();
    await leader.getByLabel('Nội dung cần chỉnh sửa').fill('Ghi rõ ngày tiếp đoàn.');
    await leader.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await expectShown(leader, 'Lãnh đạo trả lại để chỉnh sửa');

    await reopen(office);
    await expectShown(office, 'Lãnh đạo trả lại: Ghi rõ ngày tiếp đoàn.');
    await office.getByLabel('Sa-pô (đoạn mở đầu)').fill('Ngày 05, Sở tiếp đoàn Viện Công nghệ Tokyo.');
    await office.getByRole('button', { name: 'Lưu dự thảo' }).click();
    await expectShown(office, 'Đã lưu dự thảo tin bài.');
    // Saved, not yet resubmitted: leadership's note stays in view.
    await expectShown(office, 'Lãnh đạo trả lại: Ghi rõ ngày tiếp đoàn.');
    await office.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).click();
    await expectShown(office, 'Chờ lãnh đạo duyệt');

    await reopen(leader);
    await leader.getByRole('button', { name: 'Duyệt đăng tin' }).click();
    await expectShown(leader, 'Đã duyệt, chờ đăng');
    expect(await leader.getByLabel('Địa chỉ tin đã đăng').count()).toBe(0);

    // The Information Centre lands on the news leadership approved and records where it published it.
    await reopen(office);
    expect(await office.getByLabel('Địa chỉ tin đã đăng').count()).toBe(0);
    const centre = await signedIn(suite.browser, suite.stack.url, ['information-centre'], 'Vũ Thị Hạnh');
    await centre.getByRole('heading', { name: 'Tin bài đã duyệt' }).waitFor();
    expect(await centre.getByRole('menuitem').allTextContents()).toEqual(['Tin bài']);
    // The visit falls in the reporting year of its arrival (15/12 of the year before to 14/12).
    const arrival = visit.arrival.slice(0, 10);
    const year = planYearOf(arrival, 'administrative');
    await choose(centre, 'Năm', String(year));
    const row = centre.getByRole('row').filter({ hasText: 'Viện Công nghệ Tokyo' });
    await row.getByText('Chờ đăng').waitFor();
    await expectAccessible(centre, 'news list');
    await row.getByRole('link').click();
    await centre.getByRole('heading', { name: /Tin bài về đoàn Viện Công nghệ Tokyo/ }).waitFor();
    await expectShown(centre, 'Lãnh đạo Sở tiếp đoàn Viện Công nghệ Tokyo');
    const photo = centre.getByRole('link', { name: 'Tải ảnh Ảnh đoàn.png' });
    expect(
      Buffer.from(await (await fetch((await photo.getAttribute('href')) as string)).arrayBuffer()),
    ).toEqual(png);
    await centre.getByLabel('Địa chỉ tin đã đăng').fill('https://skhcn.hungyen.gov.vn/tin-tuc/tokyo');
    await centre.getByRole('button', { name: 'Ghi nhận đã đăng' }).click();
    await expectShown(centre, 'Đã đăng trên Cổng thông tin');
    expect(await centre.getByRole('link', { name: 'Xem tin trên Cổng thông tin' }).getAttribute('href')).toBe(
      'https://skhcn.hungyen.gov.vn/tin-tuc/tokyo',
    );
    await expectAccessible(centre, 'news published');
    await screenshot(centre, 'news-published');
    await reopen(office);
    await expectShown(office, 'Đã đăng trên Cổng thông tin');
  });

  it('says why a visit still under way has no news yet, and offers nothing to do', async () => {
    const id = await registered(
      suite.stack,
      jicaVisit({ visit, partner: { name: 'Osaka Lab', country: 'JP', type: 'academic_institution' } }),
    );
    const page = await newsTab(id, ['office']);
    await expectShown(page, 'Tin bài được soạn sau khi đoàn kết thúc chuyến thăm.');
    expect(await page.getByRole('button', { name: 'Trình lãnh đạo duyệt' }).count()).toBe(0);
  });
});
