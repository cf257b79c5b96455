import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, retentionMonths } from '../../shared/compliance/personal-data';
import { minimalPdf } from '../fixtures/files';
import { jicaVisit, workingDayIn } from '../fixtures/registration';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
const months = retentionMonths();
const visit = {
  arrival: `${workingDayIn(40)}T08:00:00+07:00`,
  departure: `${workingDayIn(41)}T17:00:00+07:00`,
};
const hanoi = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`).toISOString();

/** Runs a schedule on the local stack with a fake clock, as `npm run trigger -- <job> --at <time>` does. */
async function trigger(job: string, scheduledTime: string) {
  const response = await stack.local(`/_local/schedules/${job}`, { scheduledTime });
  expect(response.status).toBe(200);
  await stack.bus.settled();
  return ((await response.json()) as { result: unknown }).result;
}
/** Every item of the local table, to look for what should no longer be there. */
async function everyItem(): Promise<Record<string, unknown>[]> {
  const table = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: stack.dynamoUrl }));
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await table.send(new ScanCommand({ TableName: stack.tableName, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}
const read = async (id: string) => (await stack.call('GET', `/delegations/${id}`, { token: office })).body;

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
});
afterAll(() => stack?.stop());

async function reportedVisit(): Promise<{ id: string; closedOn: string }> {
  const created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit({ visit }) });
  await stack.bus.settled();
  await trigger('visit-progress', new Date(Date.parse(visit.arrival) + 3_600_000).toISOString());
  await trigger('visit-progress', new Date(Date.parse(visit.departure) + 3_600_000).toISOString());
  const filed = await stack.call('POST', `/delegations/${created.body.id}/visit-report`, {
    token: office,
    headers: { 'if-match': '"1"' },
    body: { summary: 'Hai bên thống nhất hợp tác.' },
  });
  expect(filed.status).toBe(200);
  await stack.bus.settled();
  return { id: created.body.id, closedOn: filed.body.visitReport.submittedAt };
}

describe('Personal data kept only as long as needed', () => {
  it('shows no erasure date while the visit is open', async () => {
    const created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit({ visit }) });
    await stack.bus.settled();
    expect((await read(created.body.id)).personalData).toEqual({ retentionMonths: months });
  });

  it('erases the passport numbers the night the retention period ends, once, and the timeline says so', async () => {
    const { id, closedOn } = await reportedVisit();
    const closed = new Date(Date.parse(closedOn) + 7 * 3_600_000).toISOString().slice(0, 10);
    const due = addMonths(closed, months);
    const scan = await stack.call('POST', `/delegations/${id}/attachments`, {
      token: office,
      body: { fileName: 'Hộ chiếu TZ1234567.pdf', contentType: 'application/pdf', size: 10, kind: 'other' },
    });
    expect(scan.status).toBe(201);
    const before = await read(id);
    expect(before.personalData).toEqual({ retentionMonths: months, erasureDueOn: due });
    expect(before.members.every((m: { passportNumber?: string }) => m.passportNumber)).toBe(true);

    // The night before the due day: nothing yet.
    const dayBefore = new Date(Date.parse(`${due}T02:00:00+07:00`) - 86_400_000).toISOString();
    expect(await trigger('personal-data', dayBefore)).toEqual({ erased: 0 });
    expect((await read(id)).members[0].passportNumber).toBe(before.members[0].passportNumber);

    const night = hanoi(due, '02:00');
    expect(await trigger('personal-data', night)).toEqual({ erased: 1 });
    const after = await read(id);
    expect(after.members.map((m: { passportNumber?: string }) => m.passportNumber)).toEqual([
      undefined,
      undefined,
    ]);
    expect(after.members.map((m: { fullName: string }) => m.fullName)).toEqual(
      before.members.map((m: { fullName: string }) => m.fullName),
    );
    expect(after.personalData).toEqual({ retentionMonths: months, erasureDueOn: due, erasedAt: night });
    expect(after.status).toBe('reported');
    const timeline = (await stack.call('GET', `/delegations/${id}/timeline`, { token: office })).body.entries;
    expect(timeline.filter((e: { name: string }) => e.name === 'Delegation.PersonalDataErased')).toHaveLength(
      1,
    );

    // No item of the table keeps them: not the delegation, its waiting events, reports or index entries.
    const passports = before.members.map((m: { passportNumber: string }) => m.passportNumber);
    const ofVisit = (await everyItem()).filter(
      (item) => item.pk === `DELEGATION#${id}` || item.delegationId === id,
    );
    expect(ofVisit.length).toBeGreaterThan(5);
    const stored = JSON.stringify(ofVisit);
    for (const passport of passports) expect(stored).not.toContain(passport);

    const dossier = (await stack.call('GET', `/delegations/${id}/attachments`, { token: office })).body;
    expect(dossier.attachments[0].fileName).toBe('Hộ chiếu [số hộ chiếu đã xóa].pdf');

    // The next night finds nothing left to erase.
    expect(await trigger('personal-data', hanoi(addMonths(due, 1), '02:00'))).toEqual({ erased: 0 });
  });

  it('deletes the passport scans and the members’ other personal details, keeps the signed letters, and says what it erased', async () => {
    const { id, closedOn } = await reportedVisit();
    const pdf = minimalPdf();
    const upload = async (fileName: string, kind: string) => {
      const declared = await stack.call('POST', `/delegations/${id}/attachments`, {
        token: office,
        body: { fileName, contentType: 'application/pdf', size: pdf.length, kind },
      });
      expect(declared.status).toBe(201);
      const put = await fetch(declared.body.upload.url, {
        method: 'PUT',
        headers: declared.body.upload.headers,
        body: pdf,
      });
      expect(put.status).toBe(200);
      const confirmed = await stack.call(
        'POST',
        `/delegations/${id}/attachments/${declared.body.attachment.id}/confirm`,
        { token: office },
      );
      expect(confirmed.body.status).toBe('available');
      return declared.body.attachment.id as string;
    };
    const scan = await upload('Hộ chiếu trưởng đoàn.pdf', 'passport-scan');
    const signed = await upload('Công văn gửi Công an tỉnh đã ký.pdf', 'signed-document');
    const dossier = async () =>
      (await stack.call('GET', `/delegations/${id}/attachments`, { token: office })).body.attachments as {
        id: string;
        status: string;
        download?: { url: string };
        deletion?: { reason: string };
      }[];
    const scanLink = (await dossier()).find((file) => file.id === scan)?.download?.url as string;
    expect((await fetch(scanLink)).status).toBe(200);

    const closed = new Date(Date.parse(closedOn) + 7 * 3_600_000).toISOString().slice(0, 10);
    expect(await trigger('personal-data', hanoi(addMonths(closed, months), '02:00'))).toEqual({ erased: 1 });
    const files = await dossier();
    expect(files.find((file) => file.id === scan)).toMatchObject({
      status: 'deleted',
      deletion: {
        reason: `Xóa khi hết thời hạn lưu giữ dữ liệu cá nhân theo quy định của Sở (${months} tháng)`,
      },
    });
    // The file itself is gone from the bucket, not only its record.
    expect((await fetch(scanLink)).status).toBe(404);
    expect(files.find((file) => file.id === signed)?.status).toBe('available');
    const erased = (
      await stack.call('GET', `/delegations/${id}/timeline`, { token: office })
    ).body.entries.find((entry: { name: string }) => entry.name === 'Delegation.PersonalDataErased');
    expect(erased.summary).toBe(
      `Đã xóa 2 số hộ chiếu, 1 bản chụp hộ chiếu khi hết thời hạn lưu giữ dữ liệu cá nhân theo quy định của Sở (${months} tháng); văn bản đã ký được giữ lại.`,
    );
  });

  it('erases a cancelled visit’s guest list too, counted from the cancellation', async () => {
    const created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit({ visit }) });
    await stack.bus.settled();
    const current = await read(created.body.id);
    const cancelled = await stack.call('POST', `/delegations/${created.body.id}/cancel`, {
      token: office,
      headers: { 'if-match': `"${current.revision}"` },
      body: { reason: 'Đối tác hoãn chuyến thăm' },
    });
    expect(cancelled.status).toBe(200);
    const { erasureDueOn } = (await read(created.body.id)).personalData;
    expect(erasureDueOn).toBe(
      addMonths(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10), months),
    );
    expect(await trigger('personal-data', hanoi(erasureDueOn, '02:00'))).toEqual({ erased: 1 });
    expect(
      (await read(created.body.id)).members.some((m: { passportNumber?: string }) => m.passportNumber),
    ).toBe(false);
  });
});
