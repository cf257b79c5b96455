import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExternalInformationReport } from '../../shared/history/external-information';
import { planYearOf } from '../../shared/history/plan-period';
import { chiefOfOffice, deputyDirector, director } from '../fixtures/documents';
import {
  jicaVisit,
  overseasAssociation,
  overseasCitizen,
  overseasHead,
  workingDayIn,
} from '../fixtures/registration';
import { readDocx } from '../support/docx-reader';
import { startTestStack, type TestStack } from '../support/local-stack';

let stack: TestStack;
let office: string;
let leadership: string;
const arrival = workingDayIn(30);
const departure = workingDayIn(31);
const visit = { arrival: `${arrival}T08:00:00+07:00`, departure: `${departure}T17:00:00+07:00` };
/** The plan year whose administrative period (15/12 of the year before to 14/12) holds the arrival. */
const year = planYearOf(arrival, 'administrative');
const later = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
const url = 'https://skhcn.hungyen.gov.vn/tin-tuc/tiep-doan-jica';
const focal = {
  id: 'chuyen-vien-dn',
  honorific: 'Bà',
  fullName: 'Đỗ Minh Châu',
  title: 'Chuyên viên Văn phòng',
  position: 'staff',
  unit: 'Văn phòng Sở',
  active: true,
} as const;

const plan = {
  planDocument: `Kế hoạch số 15/KH-SKHCN ngày 20/01/${year}`,
  leaderId: deputyDirector.id,
  focalOfficialId: focal.id,
  budget: { estimateVnd: 150_000_000, spentVnd: 98_500_000 },
  trainings: [
    {
      id: 'tap-huan-ttdn',
      title: 'Bồi dưỡng nghiệp vụ thông tin đối ngoại',
      from: `${year}-05-20`,
      to: `${year}-05-21`,
      organiser: 'Bộ Thông tin và Truyền thông',
      attendees: [focal.fullName],
    },
  ],
  events: [
    {
      id: 'ket-noi-cung-cau',
      kind: 'business_matching',
      title: 'Kết nối cung – cầu công nghệ Hưng Yên – Hàn Quốc',
      from: `${year}-09-12`,
      place: 'Trung tâm Hội nghị tỉnh',
      partners: ['Hiệp hội doanh nghiệp Hàn Quốc'],
      participants: 120,
    },
    {
      // After 14/12: the next year's report counts it.
      id: 'trien-lam-cuoi-nam',
      kind: 'promotion_exhibition',
      title: 'Triển lãm sản phẩm KH&CN cuối năm',
      from: `${year}-12-20`,
      place: 'Nhà văn hóa tỉnh',
    },
  ],
};
const yearBefore = {
  events: [
    {
      // From 15/12 of the year before: this year's report counts it.
      id: 'trinh-dien-drone',
      kind: 'technology_demonstration',
      title: 'Trình diễn thiết bị bay không người lái trong nông nghiệp',
      from: `${year - 1}-12-18`,
      place: 'Xã Tân Hưng',
    },
  ],
};

async function trigger(job: string, scheduledTime: string) {
  expect((await stack.local(`/_local/schedules/${job}`, { scheduledTime })).status).toBe(200);
  await stack.bus.settled();
}
const readPlan = (planYear: number, token = office) =>
  stack.call('GET', `/external-plan/${planYear}`, { token });
const savePlan = (planYear: number, version: number, body: object, token = office) =>
  stack.call('PUT', `/external-plan/${planYear}`, { token, headers: { 'if-match': `"${version}"` }, body });
const report = (query: string, token = leadership) =>
  fetch(`${stack.url}/reports/external-information?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });

/** A visit received, reported with an agreement, its news approved and published. */
async function receivedVisit(): Promise<string> {
  const id = (await stack.call('POST', '/delegations', { token: office, body: jicaVisit({ visit }) })).body
    .id;
  await stack.bus.settled();
  await trigger('visit-progress', later(visit.arrival, 1));
  await trigger('visit-progress', later(visit.departure, 1));
  const revision = (await stack.call('GET', `/delegations/${id}`, { token: office })).body.revision;
  const filed = await stack.call('POST', `/delegations/${id}/visit-report`, {
    token: office,
    headers: { 'if-match': `"${revision}"` },
    body: {
      summary: 'Hai bên thống nhất hợp tác về nông nghiệp thông minh.',
      agreementsSigned: ['Biên bản ghi nhớ hợp tác về nông nghiệp thông minh'],
    },
  });
  expect(filed.status).toBe(200);
  const step = (version: number, body: object, token = office) =>
    stack.call('POST', `/delegations/${id}/news`, { token, headers: { 'if-match': `"${version}"` }, body });
  expect((await step(0, { command: 'submit' })).status).toBe(200);
  expect((await step(1, { command: 'approve' }, leadership)).status).toBe(200);
  expect((await step(2, { command: 'publish', url }, await stack.token('information-centre'))).status).toBe(
    200,
  );
  return id;
}

beforeAll(async () => {
  stack = await startTestStack();
  office = await stack.token('office');
  leadership = await stack.token('leadership');
  expect(
    (await stack.replaceList('/officials', [director, deputyDirector, chiefOfOffice, focal])).status,
  ).toBe(200);
  await receivedVisit();
  // A visit cancelled before it starts was never received.
  const cancelled = (
    await stack.call('POST', '/delegations', {
      token: office,
      body: jicaVisit({
        visit,
        partner: { name: 'Cancelled Partner', country: 'FR', type: 'foreign_business' },
      }),
    })
  ).body;
  await stack.bus.settled();
  const revision = (await stack.call('GET', `/delegations/${cancelled.id}`, { token: office })).body.revision;
  const cancel = await stack.call('POST', `/delegations/${cancelled.id}/cancel`, {
    token: office,
    headers: { 'if-match': `"${revision}"` },
    body: { reason: 'Đối tác hoãn chuyến thăm.' },
  });
  expect(cancel.status).toBe(200);
  await stack.bus.settled();
});
afterAll(() => stack?.stop());

describe('The external-information plan of a year', () => {
  it('reads as empty, at version 0, while the Office has kept nothing for the year', async () => {
    const answer = await readPlan(year);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toBe('"0"');
    expect(answer.body).toEqual({ year, version: 0, budget: {}, trainings: [], events: [] });
    expect((await readPlan(1999)).status).toBe(400);
  });

  it('names a leader from the Department’s leadership, an active official and records of the year only', async () => {
    const refused = await savePlan(year, 0, {
      ...plan,
      leaderId: chiefOfOffice.id,
      focalOfficialId: 'khong-co',
      trainings: [{ ...plan.trainings[0], from: `${year + 1}-01-05`, to: undefined }],
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.issues.map((issue: { path: string }) => issue.path).sort()).toEqual([
      'focalOfficialId',
      'leaderId',
      'trainings.0.from',
    ]);
    const backwards = await savePlan(year, 0, { events: [{ ...plan.events[0], to: `${year}-09-01` }] });
    expect(backwards.status).toBe(400);
    expect((await readPlan(year)).body.version).toBe(0);
  });

  it('keeps one of two saves made on the same version; the other is told to reload', async () => {
    const answers = await Promise.all([
      savePlan(year, 0, plan),
      savePlan(year, 0, { ...plan, planDocument: 'Kế hoạch của người thứ hai' }),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 412]);
    const kept = answers.find((answer) => answer.status === 200)?.body;
    expect(kept.version).toBe(1);
    expect((await readPlan(year, leadership)).body).toEqual(kept);
    const resaved = await savePlan(year, 1, plan);
    expect(resaved.status).toBe(200);
    expect(resaved.headers.get('etag')).toBe('"2"');
    expect((await savePlan(year, 1, plan)).status).toBe(412);
    expect((await savePlan(year, 2, plan, leadership)).status).toBe(403);
    expect((await savePlan(year - 1, 0, yearBefore)).status).toBe(200);
  });
});

describe('The yearly report on carrying out the plan', () => {
  it('counts the visits received, what they signed and published, and the year’s own records', async () => {
    const answer = await report(`year=${year}`, office);
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as ExternalInformationReport;
    expect(body).toMatchObject({ year, from: `${year - 1}-12-15`, to: `${year}-12-14` });
    expect(body.leader).toEqual({
      id: deputyDirector.id,
      honorific: deputyDirector.honorific,
      fullName: deputyDirector.fullName,
      title: deputyDirector.title,
    });
    expect(body.focalOfficial?.fullName).toBe(focal.fullName);
    expect(body.visits).toMatchObject({
      delegations: 1,
      members: 2,
      byPartnerType: [{ group: 'international_organisation', label: 'Tổ chức quốc tế', delegations: 1 }],
      byCountry: [{ group: 'JP', label: 'Nhật Bản', delegations: 1 }],
    });
    expect(body.agreements).toEqual([
      {
        title: 'Biên bản ghi nhớ hợp tác về nông nghiệp thông minh',
        partner: 'Japan International Cooperation Agency (JICA)',
        day: departure,
      },
    ]);
    expect(body.news).toHaveLength(1);
    expect(body.news[0]).toMatchObject({ url, partner: 'Japan International Cooperation Agency (JICA)' });
    expect(body.events.map((event: { id: string }) => event.id)).toEqual([
      'trinh-dien-drone',
      'ket-noi-cung-cau',
    ]);
    expect(body.eventsByKind).toEqual([
      { kind: 'business_matching', label: 'Kết nối doanh nghiệp, kết nối cung – cầu công nghệ', events: 1 },
      { kind: 'technology_demonstration', label: 'Trình diễn công nghệ', events: 1 },
    ]);
    expect(body.trainings.map((training: { id: string }) => training.id)).toEqual(['tap-huan-ttdn']);
    expect(body.budget).toMatchObject({ planEstimateVnd: 150_000_000, spentVnd: 98_500_000 });
    expect(body.budget.receptionEstimateVnd).toBeGreaterThan(0);
  });

  it('drafts the report to the People’s Committee as .docx, signed by the leader in charge', async () => {
    const answer = await report(`year=${year}&format=docx`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-disposition')).toContain(`bao-cao-thong-tin-doi-ngoai_${year}.docx`);
    const { text, malformedParts } = await readDocx(Buffer.from(await answer.arrayBuffer()));
    expect(malformedParts).toEqual([]);
    expect(text).toContain('Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên');
    expect(text).toContain(`Kết quả thực hiện công tác thông tin đối ngoại năm ${year}`);
    expect(text).toContain(
      `Thực hiện Kế hoạch số 147/KH-UBND ngày 05/10/2023 của Ủy ban nhân dân tỉnh Hưng Yên và ${plan.planDocument}`,
    );
    expect(text).toContain(
      `Lãnh đạo Sở phụ trách công tác thông tin đối ngoại: Ông ${deputyDirector.fullName}, Phó Giám đốc Sở.`,
    );
    expect(text).toContain(`Công chức đầu mối: Bà ${focal.fullName}, ${focal.title}.`);
    expect(text).toContain(url);
    expect(text).toContain('Trình diễn thiết bị bay không người lái trong nông nghiệp');
    expect(text).not.toContain('Triển lãm sản phẩm KH&CN cuối năm');
    expect(text).toContain('Dự toán kinh phí thực hiện Kế hoạch: 150.000.000 đồng.');
    expect(text).toContain('KT. GIÁM ĐỐC');
    expect(text).toContain(deputyDirector.fullName);
    expect(text).not.toMatch(/chưa xác minh|needsReview|unverified/iu);
  });

  it('lists the same figures in a workbook, one sheet per part', async () => {
    const answer = await report(`year=${year}&format=xlsx`);
    expect(answer.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await answer.arrayBuffer()) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain('Tin bài');
    const news = workbook.getWorksheet('Tin bài');
    expect(news?.getRow(3).getCell(4).value).toBe(url);
    const events = workbook.getWorksheet('Sự kiện');
    expect(events?.rowCount).toBe(4);
  });

  it('answers a malformed query with 400 and a report of a year with no records with zeros', async () => {
    expect((await report('year=abc')).status).toBe(400);
    expect((await report(`year=${year}&format=pdf`)).status).toBe(400);
    const empty = (await (await report(`year=${year + 3}`)).json()) as ExternalInformationReport;
    expect(empty).toMatchObject({ visits: { delegations: 0 }, news: [], events: [], trainings: [] });
    expect(empty.leader).toBeUndefined();
  });
});

describe('Overseas Vietnamese partners and the plan’s activities', () => {
  const register = async (members: object[], nameVi: string) => {
    const created = await stack.call('POST', '/delegations', {
      token: office,
      body: jicaVisit({
        visit,
        partner: { ...overseasAssociation, nameVi },
        members: members as never,
        activities: [{ type: 'business_matching', title: 'Kết nối doanh nghiệp Hưng Yên – kiều bào' }],
      }),
    });
    expect(created.status).toBe(201);
    await stack.bus.settled();
    return created.body.id as string;
  };
  const policeMails = async (nameVi: string) =>
    (await stack.mails()).filter(
      (mail) =>
        mail.destination.to.includes('police@hungyen.example.gov.vn') && mail.body.text?.includes(nameVi),
    );

  it('lists for the police only the members of foreign nationality', async () => {
    const id = await register([overseasHead, overseasCitizen], 'Hội Trí thức kiều bào A');
    const report = (await stack.call('GET', `/delegations/${id}/compliance`, { token: office })).body;
    const guestList = report.findings.find(
      (finding: { ruleId: string }) => finding.ruleId === 'GUEST_LIST_TO_POLICE',
    );
    expect(guestList.message).toContain('1 thành viên quốc tịch nước ngoài');
    const [mail, ...more] = await policeMails('Hội Trí thức kiều bào A');
    expect(more).toHaveLength(0);
    expect(mail?.body.text).toContain('M23456789');
    expect(mail?.body.text).not.toContain('C1234567');
    const delegation = (await stack.call('GET', `/delegations/${id}`, { token: office })).body;
    expect(delegation.activities[0].type).toBe('business_matching');
  });

  it('sends the police no list when every member is a Vietnamese citizen', async () => {
    const id = await register([{ ...overseasCitizen, role: 'head' }], 'Hội Trí thức kiều bào B');
    const report = (await stack.call('GET', `/delegations/${id}/compliance`, { token: office })).body;
    expect(report.findings.map((finding: { ruleId: string }) => finding.ruleId)).not.toContain(
      'GUEST_LIST_TO_POLICE',
    );
    expect(await policeMails('Hội Trí thức kiều bào B')).toHaveLength(0);
  });
});
