import { describe, expect, it } from 'vitest';
import { hungYenProfile } from '../../shared/compliance/profile';
import { issuer } from '../../shared/config/issuer';
import { externalInformationReportDocument } from '../../shared/documents/kinds/external-information-report';
import { renderDocx } from '../../shared/documents/render-docx';
import type { Delegation } from '../../shared/domain/delegation';
import { type ExternalPlan, externalPlanSchema } from '../../shared/domain/external-plan';
import { delegationStatuses } from '../../shared/domain/status';
import { externalInformationReport } from '../../shared/history/external-information';
import { planPeriod } from '../../shared/history/plan-period';
import { chiefOfOffice, deputyDirector, director, reportedUniversityVisit } from '../fixtures/documents';
import { readDocx } from '../support/docx-reader';

const event = (id: string, from: string) => ({
  id,
  kind: 'promotion_exhibition' as const,
  title: `Sự kiện ${id}`,
  from,
  place: 'Hưng Yên',
  partners: [],
});
const training = (id: string, from: string) => ({
  id,
  title: `Lớp ${id}`,
  from,
  organiser: 'Bộ Ngoại giao',
  attendees: ['Đỗ Minh Châu'],
});

const plan = (overrides: Partial<ExternalPlan> = {}): ExternalPlan =>
  externalPlanSchema.parse({ leaderId: deputyDirector.id, ...overrides });

function reportOf(
  delegations: readonly Delegation[],
  records: { plan?: ExternalPlan; before?: ExternalPlan } = {},
  budget = { totalVnd: 10_000_000, complete: true },
) {
  const thisYear = records.plan ?? plan();
  return externalInformationReport({
    year: 2027,
    ...planPeriod(2027, hungYenProfile),
    delegations,
    plan: thisYear,
    records: [records.before ?? plan(), thisYear],
    officials: [director, deputyDirector, chiefOfOffice],
    conferenceAuthority: () => 'Chủ tịch UBND tỉnh',
    receptionBudget: () => budget,
  });
}

describe('The period of the yearly report on the external-information plan', () => {
  it('is the administrative year, 15/12 of the year before to 14/12 (Nghị định 09/2019/NĐ-CP, Điều 12)', () => {
    expect(planPeriod(2027, hungYenProfile)).toEqual({ from: '2026-12-15', to: '2027-12-14' });
    expect(planPeriod(2027, { ...hungYenProfile, reportingPeriod: 'calendar' })).toEqual({
      from: '2027-01-01',
      to: '2027-12-31',
    });
  });

  it('counts the events and training from its first day to its last, not a day beyond', () => {
    const report = reportOf([], {
      before: plan({
        events: [event('truoc-ky', '2026-12-14'), event('dau-ky', '2026-12-15')],
        trainings: [training('truoc-ky', '2026-12-14')],
      }),
      plan: plan({
        events: [event('cuoi-ky', '2027-12-14'), event('ky-sau', '2027-12-15')],
        trainings: [training('cuoi-ky', '2027-12-14')],
      }),
    });
    expect(report.events.map((row) => row.id)).toEqual(['dau-ky', 'cuoi-ky']);
    expect(report.trainings.map((row) => row.id)).toEqual(['cuoi-ky']);
    expect(report.eventsByKind).toEqual([
      { kind: 'promotion_exhibition', label: 'Xúc tiến, quảng bá, triển lãm', events: 2 },
    ]);
  });
});

describe('The visits the yearly report counts', () => {
  it('are those the Department received: under way, over or reported, never refused, cancelled or not yet started', () => {
    const counted = delegationStatuses.filter(
      (status) => reportOf([{ ...reportedUniversityVisit, status }]).visits.delegations === 1,
    );
    expect(counted).toEqual(['in_progress', 'completed', 'reported']);
  });

  it('gives the agreements a visit signed, its conference, and its news only once published', () => {
    const published = {
      ...reportedUniversityVisit,
      news: {
        status: 'published',
        version: 4,
        photos: [],
        vi: { title: 'Tiếp đoàn Đại học Quốc gia Seoul', lead: 'Sở tiếp đoàn.', body: [] },
        en: { title: 'Visit', lead: 'Lead.', body: [], needsReview: false },
        edited: { by: reportedUniversityVisit.createdBy, at: '2027-01-08T02:00:00.000Z' },
        published: {
          by: reportedUniversityVisit.createdBy,
          at: '2027-01-10T02:00:00.000Z',
          url: 'https://skhcn.hungyen.gov.vn/tin/1',
        },
      },
    } satisfies Delegation;
    const report = reportOf([published]);
    expect(report.agreements).toEqual([
      {
        title: 'Biên bản ghi nhớ hợp tác nghiên cứu',
        partner: 'Đại học Quốc gia Seoul (Seoul National University)',
        day: '2027-01-07',
      },
    ]);
    expect(report.conferences).toEqual([
      expect.objectContaining({ title: 'Hội thảo quốc tế về vật liệu mới', authority: 'Chủ tịch UBND tỉnh' }),
    ]);
    expect(report.news).toEqual([
      {
        title: 'Tiếp đoàn Đại học Quốc gia Seoul',
        partner: 'Đại học Quốc gia Seoul (Seoul National University)',
        publishedOn: '2027-01-10',
        url: 'https://skhcn.hungyen.gov.vn/tin/1',
      },
    ]);
    expect(reportOf([{ ...published, news: { ...published.news, status: 'approved' } }]).news).toEqual([]);
  });
});

describe('The yearly report as the People’s Committee reads it', () => {
  const text = async (report: ReturnType<typeof reportOf>) =>
    (
      await readDocx(
        renderDocx(
          externalInformationReportDocument({
            report,
            issuer: issuer(),
            options: { today: '2027-12-15', signer: deputyDirector },
            addressee: 'Ủy ban nhân dân tỉnh Hưng Yên',
          }),
        ),
      )
    ).text;

  it('names the leader in charge, the training, the visits and the budget in full sentences', async () => {
    const report = reportOf([reportedUniversityVisit], {
      plan: plan({
        planDocument: 'Kế hoạch số 15/KH-SKHCN ngày 20/01/2027',
        trainings: [{ ...training('ttdn', '2027-05-20'), to: '2027-05-21', place: 'Hà Nội' }],
        budget: { estimateVnd: 150_000_000 },
      }),
    });
    const lines = (await text(report)).split('\n');
    expect(lines).toContain(
      'Thực hiện Kế hoạch số 147/KH-UBND ngày 05/10/2023 của Ủy ban nhân dân tỉnh Hưng Yên và Kế hoạch số 15/KH-SKHCN ngày 20/01/2027, Sở Khoa học và Công nghệ tỉnh Hưng Yên báo cáo kết quả thực hiện công tác thông tin đối ngoại năm 2027 (số liệu từ ngày 15/12/2026 đến ngày 14/12/2027) như sau:',
    );
    expect(lines).toContain(
      'Lãnh đạo Sở phụ trách công tác thông tin đối ngoại: Ông Nguyễn Văn Bình, Phó Giám đốc Sở.',
    );
    expect(lines).toContain(
      '- Lớp ttdn, do Bộ Ngoại giao tổ chức tại Hà Nội, từ ngày 20/05/2027 đến ngày 21/05/2027; người tham gia: Đỗ Minh Châu.',
    );
    expect(lines).toContain(
      'Trong kỳ, Sở đã đón tiếp 1 đoàn với 3 lượt khách, gồm: Cơ sở học thuật, nghiên cứu (1 đoàn).',
    );
    expect(lines).toContain('Dự toán kinh phí thực hiện Kế hoạch: 150.000.000 đồng.');
    expect(lines).toContain('Kinh phí đã sử dụng: ………… đồng.');
    expect(lines).toContain(
      'Kinh phí đón tiếp khách nước ngoài theo kế hoạch đón tiếp các đoàn: 10.000.000 đồng.',
    );
    expect(lines).toContain('IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2028');
    expect(lines).toEqual(expect.arrayContaining(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Bình']));
  });

  it('leaves blanks to fill, never a guess, where the Office has named nobody', async () => {
    const report = reportOf([], { plan: plan({ leaderId: undefined }) });
    const lines = (await text(report)).split('\n');
    expect(lines).toContain(
      'Lãnh đạo Sở phụ trách công tác thông tin đối ngoại: …………………………………………………………………………………………………….',
    );
    expect(lines).toContain('Trong kỳ, Sở không đón đoàn nước ngoài nào.');
    expect(lines.filter((line) => line === 'Không có.')).toHaveLength(4);
  });

  it('says how many receptions are left out of the budget for want of a figure', async () => {
    const report = reportOf([reportedUniversityVisit], {}, { totalVnd: 0, complete: false });
    expect(await text(report)).toContain(
      'Kinh phí đón tiếp khách nước ngoài theo kế hoạch đón tiếp các đoàn: 0 đồng (chưa tính 1 đoàn có mức chi do cấp có thẩm quyền quyết định).',
    );
  });
});
