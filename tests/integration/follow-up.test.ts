import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/compliance/calendar';
import { calendarOf, hungYenProfile } from '../../shared/compliance/profile';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
const arrival = workingDayIn(40);
const departure = workingDayIn(41);
const visit = { arrival: `${arrival}T08:00:00+07:00`, departure: `${departure}T17:00:00+07:00` };
const later = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
let id: string;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  const created = await stack.call('POST', '/delegations', {
    token: office,
    body: jicaVisit({ visit, partner: { name: 'Viện KIST', country: 'KR', type: 'academic_institution' } }),
  });
  id = created.body.id;
  await stack.bus.settled();
});
afterAll(() => stack?.stop());

/** Runs a schedule on the local stack with a fake clock, as `npm run trigger -- <job> --at <time>` does. */
async function trigger(job: string, scheduledTime: string) {
  const response = await stack.local(`/_local/schedules/${job}`, { scheduledTime });
  expect(response.status).toBe(200);
  await stack.bus.settled();
  return ((await response.json()) as { result: unknown }).result;
}
const status = async () => (await stack.call('GET', `/delegations/${id}`, { token: office })).body.status;
const timelineNames = async () =>
  (await stack.call('GET', `/delegations/${id}/timeline`, { token: office })).body.entries.map(
    (entry: any) => entry.name,
  );
const mailsTo = async (address: string, subject: string) =>
  (await stack.mails()).filter(
    (mail) => mail.destination.to.includes(address) && mail.subject.includes(subject),
  );

describe('The visit follows its dates', () => {
  it('stays as it is before the delegation arrives', async () => {
    expect(await trigger('visit-progress', later(visit.arrival, -2))).toEqual({ started: 0, completed: 0 });
    expect(await status()).toBe('cleared');
  });

  it('is in progress once the delegation arrives', async () => {
    expect(await trigger('visit-progress', later(visit.arrival, 1))).toEqual({ started: 1, completed: 0 });
    expect(await status()).toBe('in_progress');
    expect(await timelineNames()).toContain('Visit.Started');
  });

  it('is completed once it leaves; the information centre waits for the news leadership approves', async () => {
    expect(await trigger('visit-progress', later(visit.departure, 1))).toEqual({ started: 0, completed: 1 });
    expect(await status()).toBe('completed');
    expect(await timelineNames()).toContain('Visit.Completed');
    expect(await mailsTo('information-centre@hungyen.example.gov.vn', 'Viện KIST')).toHaveLength(0);
  });

  it('reminds the host division once a day while the report is overdue', async () => {
    // Due 3 days after departure, or on the next working day (Điều 148); two days late here.
    const due = calendarOf(hungYenProfile).daysAfter(departure, 3);
    const dayAfterDue = new Date(`${addDays(due, 2)}T17:00:00+07:00`).toISOString();
    expect(await trigger('overdue-reports', dayAfterDue)).toBe(1);
    expect(await trigger('overdue-reports', later(dayAfterDue, 3))).toBe(1);
    const reminders = await mailsTo('science-management@hungyen.example.gov.vn', 'Nhắc báo cáo');
    expect(reminders).toHaveLength(1);
    expect(reminders[0]?.body.text).toMatch(/quá hạn 2 ngày so với thời hạn ngày \d{2}\/\d{2}\/\d{4}\./);
    await trigger('overdue-reports', later(dayAfterDue, 24));
    expect(await mailsTo('science-management@hungyen.example.gov.vn', 'Nhắc báo cáo')).toHaveLength(2);
  });

  it('closes as reported when the Office files the results report', async () => {
    const answer = await stack.call('POST', `/delegations/${id}/visit-report`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: {
        summary: 'Hai bên thống nhất hợp tác nghiên cứu vật liệu mới.',
        agreementsSigned: ['Biên bản ghi nhớ'],
        followUpActions: [
          { action: 'Gửi đề xuất đề tài', owner: 'Phòng Quản lý Khoa học', dueDate: '2027-03-01' },
        ],
      },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'reported',
      visitReport: { agreementsSigned: ['Biên bản ghi nhớ'] },
    });
    await stack.bus.settled();
    expect(await timelineNames()).toContain('VisitReport.Submitted');
    expect(await trigger('overdue-reports', later(visit.departure, 24 * 7))).toBe(0);
  });

  it('refuses a report for a visit that has not happened', async () => {
    const created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit({ visit }) });
    const answer = await stack.call('POST', `/delegations/${created.body.id}/visit-report`, {
      token: office,
      headers: { 'if-match': '"1"' },
      body: { summary: 'Quá sớm' },
    });
    expect(answer.status).toBe(409);
  });
});

describe('Scheduled reports', () => {
  it('emails leadership the quarter once, with the spreadsheet attached', async () => {
    const endOfQuarter = `${arrival.slice(0, 4)}-${String(Math.ceil(Number(arrival.slice(5, 7)) / 3) * 3).padStart(2, '0')}-28T16:00:00+07:00`;
    await trigger('quarterly-report', endOfQuarter);
    await trigger('quarterly-report', endOfQuarter);
    const mails = await mailsTo('leadership@hungyen.example.gov.vn', 'Báo cáo tổng hợp đoàn vào quý');
    expect(mails).toHaveLength(1);
    const attachment = mails[0]?.attachments.find((file) => file.filename?.endsWith('.xlsx'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(attachment?.content ?? '', 'base64') as never);
    expect(String(workbook.worksheets[0]?.getCell('A1').value)).toContain('BÁO CÁO TỔNG HỢP');
    // Both: the counts, and the visits themselves.
    expect(workbook.worksheets[1]?.name).toBe('Danh sách đoàn');
    expect(String(workbook.worksheets[1]?.getCell('A1').value)).toContain('DANH SÁCH ĐOÀN NƯỚC NGOÀI');
    expect(mails[0]?.body.text).toContain('Trân trọng./.');
  });

  it('sends the Office the yearly list of international conferences before 18 December', async () => {
    await stack.call('POST', '/delegations', {
      token: office,
      body: jicaVisit({
        visit,
        activities: [{ type: 'conference', title: 'Hội thảo vật liệu tiên tiến', startsAt: visit.arrival }],
      }),
    });
    await stack.bus.settled();
    // The year's list closes on 14 December and goes out the next morning.
    await trigger('conference-report', `${arrival.slice(0, 4)}-12-15T08:00:00+07:00`);
    const [mail] = await mailsTo('office@hungyen.example.gov.vn', 'hội nghị, hội thảo quốc tế');
    expect(mail?.subject).toContain(`18/12/${arrival.slice(0, 4)}`);
    expect(mail?.body.text).toContain('Hội thảo vật liệu tiên tiến');
    expect(mail?.body.text).toContain('Chủ tịch UBND tỉnh');
    // The spreadsheet attached is the conference list itself, not the quarterly summary.
    const attachment = mail?.attachments.find((file) => file.filename?.startsWith('hoi-nghi-quoc-te_'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(attachment?.content ?? '', 'base64') as never);
    const sheet = workbook.worksheets[0];
    expect(String(sheet?.getCell('A1').value)).toContain('Hội nghị, hội thảo quốc tế');
    expect(String(sheet?.getCell('A2').value)).toBe('Hội nghị, hội thảo');
    expect(String(sheet?.getCell('A3').value)).toBe('Hội thảo vật liệu tiên tiến');
    // The status as an official reads it, never a code such as "approved".
    // The conference waits for the Chairman's permission.
    expect(String(sheet?.getCell('F3').value)).toBe('Chờ văn bản cho phép');
  });
});
