/** The external-information plan in the console: the Office keeps the year's records, leadership reads them and the yearly report. */
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chiefOfOffice, deputyDirector, director } from '../fixtures/documents';
import {
  choose,
  consoleSuite,
  expectAccessible,
  expectShown,
  screenshot,
  signedIn,
  typeDate,
} from './console-browser';

const suite = consoleSuite(async (stack) => {
  expect((await stack.replaceList('/officials', [director, deputyDirector, chiefOfOffice])).status).toBe(200);
});
const year = new Date().getFullYear();

describe('The external-information plan', { timeout: 120_000 }, () => {
  it('is kept by the Office and counted in the yearly report leadership downloads', async () => {
    const office = await signedIn(suite.browser, suite.stack.url, ['office']);
    await office.getByRole('menuitem', { name: 'Kế hoạch thông tin đối ngoại' }).click();
    await office.getByRole('heading', { name: 'Kế hoạch thông tin đối ngoại' }).waitFor();
    await choose(office, 'Lãnh đạo Sở phụ trách', `${deputyDirector.fullName}, ${deputyDirector.title}`);
    // Only the Department's leadership may be named the leader in charge.
    await office.getByLabel('Lãnh đạo Sở phụ trách', { exact: true }).click();
    expect(await office.getByTitle(`${chiefOfOffice.fullName}, ${chiefOfOffice.title}`).count()).toBe(0);
    await office.keyboard.press('Escape');
    await choose(office, 'Công chức đầu mối', `${chiefOfOffice.fullName}, ${chiefOfOffice.title}`);
    await office.getByLabel('Dự toán kinh phí (đồng)').fill('150000000');

    await office.getByRole('button', { name: 'Thêm lớp bồi dưỡng' }).click();
    await office.getByLabel('Tên lớp 1').fill('Bồi dưỡng nghiệp vụ thông tin đối ngoại');
    await typeDate(office, 'Từ ngày (lớp 1)', `20/05/${year}`);
    await office.getByLabel('Đơn vị tổ chức (lớp 1)').fill('Bộ Ngoại giao');
    const attendees = office.getByLabel('Người tham gia (lớp 1)');
    await attendees.fill('Phạm Thu Trang');
    await attendees.press('Enter');

    await office.getByRole('button', { name: 'Thêm sự kiện' }).click();
    await office.getByLabel('Tên sự kiện 1').fill('Kết nối cung – cầu công nghệ Hưng Yên – Hàn Quốc');
    await choose(office, 'Loại hình (sự kiện 1)', 'Kết nối doanh nghiệp, kết nối cung – cầu công nghệ');
    await typeDate(office, 'Từ ngày (sự kiện 1)', `12/09/${year}`);
    await office.getByLabel('Địa điểm (sự kiện 1)').fill('Trung tâm Hội nghị tỉnh');
    await expectAccessible(office, 'external plan');
    await screenshot(office, 'external-plan-office');
    await office.getByRole('button', { name: `Lưu kế hoạch năm ${year}` }).click();
    await expectShown(office, `Đã lưu kế hoạch thông tin đối ngoại năm ${year}.`);

    const saved = (
      await suite.stack.call('GET', `/external-plan/${year}`, { token: await suite.stack.token('office') })
    ).body;
    expect(saved).toMatchObject({
      version: 1,
      leaderId: deputyDirector.id,
      focalOfficialId: chiefOfOffice.id,
      budget: { estimateVnd: 150_000_000 },
      trainings: [
        {
          title: 'Bồi dưỡng nghiệp vụ thông tin đối ngoại',
          from: `${year}-05-20`,
          attendees: ['Phạm Thu Trang'],
        },
      ],
      events: [{ kind: 'business_matching', from: `${year}-09-12`, place: 'Trung tâm Hội nghị tỉnh' }],
    });

    const leader = await signedIn(suite.browser, suite.stack.url, ['leadership']);
    await leader.getByRole('menuitem', { name: 'Kế hoạch thông tin đối ngoại' }).click();
    // Leadership reads the records without a way to change them.
    expect(await leader.getByLabel('Tên sự kiện 1').inputValue()).toBe(
      'Kết nối cung – cầu công nghệ Hưng Yên – Hàn Quốc',
    );
    expect(await leader.getByLabel('Tên sự kiện 1').isDisabled()).toBe(true);
    expect(await leader.getByRole('button', { name: `Lưu kế hoạch năm ${year}` }).count()).toBe(0);
    const report = leader.getByRole('row').filter({ hasText: 'Sự kiện do Sở tổ chức' });
    await expect.poll(() => report.textContent()).toContain('1');
    await expectShown(leader, '150.000.000 đồng');
    await expectAccessible(leader, 'external plan (leadership)');
    await screenshot(leader, 'external-plan-leadership');
    const [download] = await Promise.all([
      leader.waitForEvent('download'),
      leader.getByRole('button', { name: 'Tải dự thảo báo cáo (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`bao-cao-thong-tin-doi-ngoai_${year}.docx`);
    const files = unzipSync(
      new Uint8Array(await (await download.createReadStream()).toArray().then(Buffer.concat)),
    );
    const document = new TextDecoder().decode(files['word/document.xml']);
    expect(document).toContain('Kết nối cung – cầu công nghệ Hưng Yên – Hàn Quốc');
    expect(document).toContain(deputyDirector.fullName);
  });
});
