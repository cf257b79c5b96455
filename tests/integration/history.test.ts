import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrationInput } from '../../shared/domain/delegation';
import { jicaVisit } from '../fixtures/registration';
import { setToday } from '../support/frozen-clock';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let leadership: string;
const visit = (arrival: string) => ({
  arrival: `${arrival}T09:00:00+07:00`,
  departure: `${arrival}T17:00:00+07:00`,
});

/** A small history: three countries, several partner types, topics and names with diacritics. */
const history: Partial<RegistrationInput>[] = [
  {
    partner: { name: 'Đại học Tokyo', country: 'JP', type: 'academic_institution' },
    topics: ['Nông nghiệp thông minh'],
    visit: visit('2025-03-10'),
  },
  {
    partner: { name: 'Trường Đại học Quốc gia Seoul', country: 'KR', type: 'academic_institution' },
    topics: ['vật liệu mới'],
    visit: visit('2025-05-20'),
  },
  {
    partner: { name: 'Samsung Electronics', country: 'KR', type: 'foreign_business' },
    topics: ['bán dẫn'],
    visit: visit('2025-08-01'),
  },
  {
    partner: { name: 'JICA Việt Nam', country: 'JP', type: 'international_organisation' },
    topics: ['nông nghiệp thông minh'],
    visit: visit('2025-11-15'),
  },
  {
    partner: { name: 'GIZ', country: 'DE', type: 'international_organisation' },
    topics: ['năng lượng tái tạo'],
    visit: visit('2026-01-20'),
  },
  {
    partner: { name: 'Toyota Tsusho', country: 'JP', type: 'foreign_business' },
    topics: ['công nghiệp hỗ trợ'],
    visit: visit('2026-02-25'),
  },
  {
    partner: { name: 'Fraunhofer', country: 'DE', type: 'academic_institution' },
    topics: ['năng lượng tái tạo'],
    visit: visit('2026-04-09'),
  },
  {
    partner: { name: 'Đại học Kyoto', country: 'JP', type: 'academic_institution' },
    topics: ['y sinh'],
    visit: visit('2026-06-18'),
  },
  {
    partner: { name: 'LG Display', country: 'KR', type: 'foreign_business' },
    topics: ['màn hình'],
    visit: visit('2026-09-09'),
  },
  {
    partner: { name: 'KOICA', country: 'KR', type: 'foreign_government' },
    topics: ['đổi mới sáng tạo'],
    visit: visit('2026-10-05'),
  },
];
const ids: string[] = [];

beforeAll(async () => {
  // The Office registered each of these visits in the run-up to it: the history is registered as of
  // 1 March 2025, when every arrival lies within the year ahead that a registration may name.
  setToday('2025-03-01T09:00:00+07:00');
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
  for (const overrides of history) {
    const created = await stack.call('POST', '/delegations', { token: office, body: jicaVisit(overrides) });
    ids.push(created.body.id);
  }
  await stack.bus.settled();
  await stack.call('POST', `/delegations/${ids[2]}/cancel`, {
    token: office,
    body: { reason: 'Đối tác hoãn' },
    headers: { 'if-match': '"1"' },
  });
  await stack.bus.settled();
});
afterAll(() => stack?.stop());

const list = (query: string, token = leadership) => stack.call('GET', `/delegations?${query}`, { token });
const names = (answer: { body: any }) => answer.body.items.map((item: any) => item.partner.name);

describe('Leadership looks up the history of visits', () => {
  it('lists every visit, newest arrival first', async () => {
    const answer = await list('limit=100');
    expect(answer.status).toBe(200);
    expect(names(answer)).toEqual(history.map((h) => h.partner?.name).reverse());
    expect(answer.body.items[0]).not.toHaveProperty('members.0.passportNumber');
  });

  it('by country', async () => {
    expect(names(await list('country=DE'))).toEqual(['Fraunhofer', 'GIZ']);
  });

  it('by partner type', async () => {
    expect(names(await list('partnerType=foreign_business'))).toEqual([
      'LG Display',
      'Toyota Tsusho',
      'Samsung Electronics',
    ]);
  });

  it('by status', async () => {
    expect(names(await list('status=cancelled'))).toEqual(['Samsung Electronics']);
  });

  it('by topic, ignoring case and diacritics', async () => {
    expect(names(await list(`topic=${encodeURIComponent('nong nghiep thong minh')}`))).toEqual([
      'JICA Việt Nam',
      'Đại học Tokyo',
    ]);
  });

  it('by arrival date range', async () => {
    expect(names(await list('from=2025-05-20&to=2025-11-15'))).toEqual([
      'JICA Việt Nam',
      'Samsung Electronics',
      'Trường Đại học Quốc gia Seoul',
    ]);
  });

  it('by several filters at once', async () => {
    expect(names(await list('country=KR&partnerType=foreign_business&from=2026-01-01'))).toEqual([
      'LG Display',
    ]);
  });

  it('finds "Đại học" when typed as "dai hoc", and members by name', async () => {
    expect(names(await list('q=dai%20hoc'))).toEqual([
      'Đại học Kyoto',
      'Trường Đại học Quốc gia Seoul',
      'Đại học Tokyo',
    ]);
    expect(names(await list(`q=${encodeURIComponent('ĐẠI HỌC KYOTO')}`))).toEqual(['Đại học Kyoto']);
    expect((await list('q=nguyen%20thi%20lan')).body.items).toHaveLength(history.length);
  });

  it('pages through the history without gaps or repeats', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const answer = await list(`limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(answer.status).toBe(200);
      expect(answer.body.items.length).toBeLessThanOrEqual(3);
      seen.push(...answer.body.items.map((item: any) => item.id));
      cursor = answer.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toEqual([...ids].reverse());
  });

  it('refuses a tampered cursor, and a cursor from another query, with 400', async () => {
    const first = await list('limit=2');
    const cursor = first.body.nextCursor as string;
    const tampered = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(cursor, 'base64url').toString()), p: 'COUNTRY#JP' }),
    ).toString('base64url');
    for (const query of [
      `limit=2&cursor=${tampered}`,
      `limit=2&cursor=not-a-cursor`,
      `limit=2&country=JP&cursor=${cursor}`,
    ]) {
      const answer = await list(query);
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('invalid_cursor');
    }
  });

  it('refuses with 400, never 500, a cursor whose key this API could not have issued', async () => {
    const first = await list('limit=2&from=2025-01-01&to=2026-12-31');
    const decoded = JSON.parse(Buffer.from(first.body.nextCursor, 'base64url').toString());
    const forged = (key: Record<string, unknown>) =>
      Buffer.from(JSON.stringify({ ...decoded, k: key })).toString('base64url');
    const { pk, sk, gsi1pk, gsi1sk } = decoded.k;
    const variants = {
      'sort key out of the queried range': { pk, sk, gsi1pk, gsi1sk: '2030-01-01T00:00:00.000Z#X' },
      'empty sort key': { pk, sk, gsi1pk, gsi1sk: '' },
      'missing pk and sk': { gsi1pk, gsi1sk },
      'empty pk': { pk: '', sk, gsi1pk, gsi1sk },
      'only the index key': { gsi1pk },
      'a sort key over 1 KB': { pk, sk, gsi1pk, gsi1sk: `2026-01-01T00:00:00.000Z#${'x'.repeat(1100)}` },
      'another delegation than the sort key names': { pk: 'DELEGATION#OTHER', sk, gsi1pk, gsi1sk },
      'a key over 1 KB that names itself consistently': {
        pk: `DELEGATION#${'y'.repeat(1100)}`,
        sk,
        gsi1pk,
        gsi1sk: `2026-01-01T00:00:00.000Z#${'y'.repeat(1100)}`,
      },
    };
    for (const [name, key] of Object.entries(variants)) {
      const answer = await list(`limit=2&from=2025-01-01&to=2026-12-31&cursor=${forged(key)}`);
      expect(answer.status, name).toBe(400);
      expect(answer.body.error.code, name).toBe('invalid_cursor');
    }
  });

  it('refuses a cursor reused with another date range or filter on the same partition', async () => {
    const first = await list('limit=2&from=2025-01-01&to=2026-12-31');
    expect(first.body.nextCursor).toBeDefined();
    for (const query of [
      'from=2025-06-01&to=2026-12-31',
      'from=2025-01-01',
      'from=2025-01-01&to=2026-12-31&status=registered',
    ]) {
      const answer = await list(`limit=2&${query}&cursor=${first.body.nextCursor}`);
      expect(answer.status, query).toBe(400);
    }
  });

  it('refuses a timeline cursor with an empty or oversized key', async () => {
    const id = ids[0] as string;
    for (const sk of ['', 'TIMELINE#', `TIMELINE#${'x'.repeat(1100)}`]) {
      const cursor = Buffer.from(JSON.stringify({ pk: `DELEGATION#${id}`, sk })).toString('base64url');
      const answer = await stack.call('GET', `/delegations/${id}/timeline?cursor=${cursor}`, {
        token: office,
      });
      expect(answer.status, sk.slice(0, 12)).toBe(400);
    }
  });

  it('caps the page size and checks every filter', async () => {
    expect((await list('limit=1000')).status).toBe(400);
    expect((await list('country=japan')).status).toBe(400);
    expect((await list('from=2026-05-01&to=2026-01-01')).status).toBe(400);
    expect((await list('status=archived')).status).toBe(400);
  });
});

describe('Reports for leadership', () => {
  const report = (query: string, token = leadership) =>
    stack.call('GET', `/reports/summary?${query}`, { token });

  it('counts visits, members and outcomes per country', async () => {
    const answer = await report('from=2025-01-01&to=2026-12-31&groupBy=country');
    expect(answer.status).toBe(200);
    const rows = Object.fromEntries(answer.body.rows.map((row: any) => [row.group, row]));
    expect(rows.JP).toMatchObject({ label: 'Nhật Bản', delegations: 4, members: 8 });
    expect(rows.KR).toMatchObject({ label: 'Hàn Quốc', delegations: 4, cancelled: 1 });
    expect(answer.body.totals).toMatchObject({ delegations: 10, members: 20, cancelled: 1 });
    expect(answer.body.title).toBe(
      'BÁO CÁO TỔNG HỢP ĐOÀN NƯỚC NGOÀI ĐẾN LÀM VIỆC TỪ 01/01/2025 ĐẾN 31/12/2026',
    );
  });

  it('groups by quarter with Vietnamese labels', async () => {
    const answer = await report('from=2025-01-01&to=2025-12-31&groupBy=quarter');
    expect(answer.body.rows.map((row: any) => [row.label, row.delegations])).toEqual([
      ['Quý I/2025', 1],
      ['Quý II/2025', 1],
      ['Quý III/2025', 1],
      ['Quý IV/2025', 1],
    ]);
  });

  it('downloads as CSV (UTF-8 with BOM, a title row, Vietnamese headers)', async () => {
    const response = await fetch(
      `${stack.url}/reports/summary?from=2025-01-01&to=2026-12-31&groupBy=partnerType&format=csv`,
      {
        headers: { authorization: `Bearer ${leadership}` },
      },
    );
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('.csv');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.subarray(3).toString('utf8'), { relax_column_count: true });
    expect(rows[0]?.[0]).toContain('BÁO CÁO TỔNG HỢP ĐOÀN NƯỚC NGOÀI');
    expect(rows[1]).toEqual([
      'Nhóm',
      'Số đoàn',
      'Số thành viên',
      'Số cuộc làm việc',
      'Kiểm tra: đủ điều kiện',
      'Kiểm tra: chờ văn bản cho phép',
      'Kiểm tra: cần Ban Giám đốc quyết định',
      'Kiểm tra: chưa đủ điều kiện',
      'Đang chờ quyết định',
      'Đã phê duyệt',
      'Không phê duyệt',
      'Đã hủy',
      'Đã kết thúc',
      'Đã báo cáo kết quả',
      'Báo cáo sau chuyến thăm quá hạn',
    ]);
    expect(rows.find((row) => row[0] === 'Cơ sở học thuật, nghiên cứu')?.[1]).toBe('4');
    expect(rows.at(-1)?.slice(0, 2)).toEqual(['Tổng cộng', '10']);
  });

  it('downloads as XLSX that a spreadsheet reads back', async () => {
    const response = await fetch(
      `${stack.url}/reports/summary?from=2025-01-01&to=2026-12-31&groupBy=country&format=xlsx`,
      {
        headers: { authorization: `Bearer ${leadership}` },
      },
    );
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Tổng hợp');
    expect(String(sheet?.getCell('A1').value)).toContain('BÁO CÁO TỔNG HỢP');
    expect(sheet?.getCell('A2').value).toBe('Nhóm');
    const totals = sheet?.getRow(sheet.rowCount);
    expect([totals?.getCell(1).value, totals?.getCell(2).value]).toEqual(['Tổng cộng', 10]);
    // The second sheet lists the visits themselves.
    const list = workbook.worksheets[1];
    expect(list?.name).toBe('Danh sách đoàn');
    expect(list?.getCell('B2').value).toBe('Đối tác (tên tiếng Việt)');
    expect(list?.rowCount).toBe(2 + 10);
  });

  it('lists the visits themselves, oldest arrival first, with Vietnamese statuses, as JSON, CSV or XLSX', async () => {
    const answer = await stack.call('GET', '/reports/visits?from=2025-01-01&to=2026-12-31', {
      token: leadership,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.items).toHaveLength(10);
    const arrivals = answer.body.items.map((item: { arrival: string }) => item.arrival);
    expect(arrivals).toEqual([...arrivals].sort());
    expect(answer.body.items.map((item: { statusVi: string }) => item.statusVi)).toContain('Đã hủy');
    expect(answer.body.items[0]).toMatchObject({
      head: expect.objectContaining({ fullName: expect.any(String) }),
      hostDivision: 'Phòng Quản lý khoa học',
    });
    const csv = await fetch(`${stack.url}/reports/visits?from=2025-01-01&to=2026-12-31&format=csv`, {
      headers: { authorization: `Bearer ${leadership}` },
    });
    expect(csv.headers.get('content-disposition')).toContain('danh-sach-doan-vao_2025-01-01_2026-12-31.csv');
    const rows: string[][] = parse(
      Buffer.from(await csv.arrayBuffer())
        .subarray(3)
        .toString('utf8'),
      {
        relax_column_count: true,
      },
    );
    expect(rows[1]?.slice(0, 3)).toEqual(['STT', 'Đối tác (tên tiếng Việt)', 'Tên gốc']);
    expect(rows).toHaveLength(2 + 10);
    const xlsx = await fetch(`${stack.url}/reports/visits?from=2025-01-01&to=2026-12-31&format=xlsx`, {
      headers: { authorization: `Bearer ${leadership}` },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    expect(workbook.worksheets[0]?.name).toBe('Danh sách đoàn');
    // Arrival and departure are dates Excel sorts and filters, shown as dd/mm/yyyy.
    const arrivalCell = workbook.getWorksheet('Danh sách đoàn')?.getCell('I3');
    const arrival = arrivalCell?.value;
    expect(arrival).toBeInstanceOf(Date);
    expect(arrivalCell?.numFmt).toBe('dd/mm/yyyy');
    expect((arrival as Date).toISOString().slice(0, 10)).toBe(answer.body.items[0].arrival.slice(0, 10));
    expect(
      (await stack.call('GET', '/reports/visits?from=2025-01-01&to=2026-12-31', { token: office })).status,
    ).toBe(403);
  });

  it('is for leadership only, and refuses a bad range', async () => {
    expect((await report('from=2025-01-01&to=2025-12-31', office)).status).toBe(403);
    expect((await report('from=2025-12-31&to=2025-01-01')).status).toBe(400);
    expect((await report('from=2025-01-01&to=2025-12-31&groupBy=planet')).status).toBe(400);
  });
});
