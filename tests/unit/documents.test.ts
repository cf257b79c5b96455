import { describe, expect, it } from 'vitest';
import { hungYenProfile } from '../../shared/compliance/profile';
import { issuer } from '../../shared/config/issuer';
import { positions, receptionBudget } from '../../shared/documents/budget';
import { visitDocumentKinds } from '../../shared/documents/kind-names';
import { visitDocuments } from '../../shared/documents/kinds';
import { periodicReport, periodName } from '../../shared/documents/kinds/periodic-report';
import { page } from '../../shared/documents/layout';
import { renderDocx } from '../../shared/documents/render-docx';
import { ConflictError } from '../../shared/domain/errors';
import { summarize } from '../../shared/history/summary';
import { visitList } from '../../shared/history/visit-list';
import { deputyDirector, universityFacts, universityReport, universityVisit } from '../fixtures/documents';
import { attributeValues, customProperty, readDocx } from '../support/docx-reader';

const filed = {
  ...universityVisit,
  status: 'reported' as const,
  visitReport: {
    summary: 'Hai bên thống nhất phối hợp tổ chức hội thảo thường niên về vật liệu mới.',
    outcomes: ['Trao đổi danh mục đề tài hợp tác'],
    agreementsSigned: ['Biên bản ghi nhớ hợp tác nghiên cứu'],
    followUpActions: [
      { action: 'Gửi đề xuất đề tài', owner: 'Phòng Quản lý Khoa học', dueDate: '2027-03-01' },
    ],
    submittedBy: { sub: 'office-1', roles: ['office'] },
    submittedAt: '2027-01-09T03:00:00.000Z',
  },
};
const factsFor = (kind: string) => universityFacts(kind === 'visit-report' ? { delegation: filed } : {});
const draft = async (kind: (typeof visitDocumentKinds)[number], facts = factsFor(kind)) =>
  readDocx(await renderDocx(visitDocuments[kind](facts)));
const mm = (value: number) => String(Math.round((value * 1440) / 25.4));

describe.each(visitDocumentKinds)('The %s draft', (kind) => {
  it('reads as its golden text', async () => {
    const { text } = await draft(kind);
    await expect(`${text}\n`).toMatchFileSnapshot(`./__snapshots__/documents/${kind}.txt`);
  });

  it('is laid out as Nghị định 30/2020/NĐ-CP prescribes: A4, its margins, Times New Roman, heading and motto', async () => {
    const { documentXml, text } = await draft(kind);
    expect(documentXml).toContain(
      `<w:pgSz w:w="${mm(page.widthMm)}" w:h="${mm(page.heightMm)}" w:orient="portrait"/>`,
    );
    expect(mm(page.widthMm)).toBe('11906');
    const margin = documentXml.match(/<w:pgMar [^>]*>/)?.[0] ?? '';
    expect(margin).toContain(`w:top="${mm(20)}"`);
    expect(margin).toContain(`w:bottom="${mm(20)}"`);
    expect(margin).toContain(`w:left="${mm(30)}"`);
    expect(margin).toContain(`w:right="${mm(15)}"`);
    const fonts = attributeValues(documentXml, 'w:rFonts', 'w:ascii');
    expect(fonts.length).toBeGreaterThan(10);
    expect(new Set(fonts)).toEqual(new Set(['Times New Roman']));
    // Sizes are half-points: every run is 11 to 14 pt.
    const sizes = attributeValues(documentXml, 'w:sz', 'w:val').map(Number);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(22);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(28);
    const lines = text.split('\n');
    expect(lines).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(lines).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(lines).toContain('Nơi nhận:');
    expect(lines.some((line) => /^Số: {7}\/[A-Za-z]+-[A-Z]+$/.test(line))).toBe(true);
    expect(lines).toContain('Hưng Yên, ngày      tháng      năm 2026');
  });

  it('records the delegation version, the rule profile and the holiday calendars it was drafted from', async () => {
    const { customXml } = await draft(kind);
    expect(customProperty(customXml, 'delegationId')).toBe(universityVisit.id);
    expect(customProperty(customXml, 'delegationVersion')).toBe('1');
    expect(customProperty(customXml, 'profile')).toBe(`hung-yen@${hungYenProfile.version}`);
    expect(customProperty(customXml, 'holidayCalendars')).toBe(
      universityReport.holidayCalendars
        .map((c) => `${c.year} v${c.version}${c.official ? '' : ' (dự kiến)'}`)
        .join(', '),
    );
  });
});

describe('Every draft', () => {
  it('carries the number, the date and the signer when the clerk gives them; a deputy signs on the Director’s behalf', async () => {
    const facts = universityFacts({
      options: { today: '2026-11-26', number: '125', date: '2026-12-01', signer: deputyDirector },
    });
    const { text } = await draft('guest-list-police', facts);
    const lines = text.split('\n');
    expect(lines).toContain('Số: 125/SKHCN-VP');
    expect(lines).toContain('Hưng Yên, ngày 01 tháng 12 năm 2026');
    const signature = lines.slice(lines.indexOf('KT. GIÁM ĐỐC'));
    expect(signature).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Nguyễn Văn Bình']);
  });

  it('names the Director as the authority and leaves the name to write when no signer is given', async () => {
    const { text } = await draft('reception-plan');
    expect(text.split('\n').at(-1)).toBe('GIÁM ĐỐC');
  });

  it('takes the issuing bodies from configuration', async () => {
    const facts = universityFacts({
      issuer: issuer({ DOCUMENT_GOVERNING_BODY: 'UBND TỈNH THỬ', DOCUMENT_ABBREVIATION: 'SKHCNT' }),
    });
    const { text } = await draft('reception-plan', facts);
    expect(text.split('\n').slice(0, 2)).toEqual(['UBND TỈNH THỬ', 'SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
    expect(text).toContain('Số:       /KH-SKHCNT');
  });
});

describe('The guest list for the police', () => {
  it('lists every member with the full passport number, and the itinerary with the overnight stay', async () => {
    const { text } = await draft('guest-list-police');
    for (const member of universityVisit.members) {
      expect(text).toContain(member.fullName);
      expect(text).toContain(member.passportNumber);
    }
    expect(text).toMatch(/Khách sạn Phố Hiến\nPhường Phố Hiến, Hưng Yên\nKhông\nCó/);
  });
});

describe('The permission request to the Provincial People’s Committee', () => {
  it('asks for the conference permission with its lead time and legal basis', async () => {
    const { text } = await draft('permission-request');
    expect(text).toContain('Kính gửi: Chủ tịch UBND tỉnh Hưng Yên (qua Văn phòng UBND tỉnh)');
    expect(text).toContain('chậm nhất ngày 07/12/2026, trước ngày diễn ra hoạt động 06/01/2027');
    expect(text).toContain('Căn cứ: khoản 2 Điều 3 và điểm a khoản 1 Điều 4 Quyết định số 06/2020/QĐ-TTg.');
  });

  it('is refused for a visit that needs no permission of the Committee', () => {
    const facts = universityFacts({ report: { ...universityReport, requiredApprovals: [], findings: [] } });
    expect(() => visitDocuments['permission-request'](facts)).toThrow(ConflictError);
  });

  it('is refused once the permission is recorded', () => {
    const recorded = universityReport.requiredApprovals.map((approval) => ({
      ...approval,
      recorded: { id: 'a1', documentNumber: '12/UBND', documentDate: '2026-12-01', issuingBody: 'UBND tỉnh' },
    }));
    const facts = universityFacts({ report: { ...universityReport, requiredApprovals: recorded } });
    expect(() => visitDocuments['permission-request'](facts)).toThrow(ConflictError);
  });
});

describe('The results report', () => {
  it('is refused before the host division files its post-visit report', () => {
    expect(() => visitDocuments['visit-report'](universityFacts())).toThrow(/No post-visit report/);
  });
});

describe('The reception budget', () => {
  it('counts the head, a deputy by title, and the members', () => {
    expect(positions(universityVisit)).toEqual({ head: 1, deputy: 1, member: 1 });
  });

  it('prices meals at the grade’s rate per guest per day, only when the Vietnamese side pays', () => {
    const meals = (visit: typeof universityVisit) =>
      receptionBudget(visit, universityReport.grade, hungYenProfile, 3).lines.filter(
        (line) => line.item === 'Tiền ăn',
      );
    const rate = hungYenProfile.parameters.grades.C.mealAllowanceVnd as number;
    expect(meals(universityVisit).map((line) => line.amountVnd)).toEqual([rate * 3, rate * 3, rate * 3]);
    expect(meals({ ...universityVisit, vietnameseSidePays: false })).toEqual([]);
  });

  it('leaves accommodation unpriced for the Office and totals only what has a rate', () => {
    const budget = receptionBudget(universityVisit, universityReport.grade, hungYenProfile, 3);
    const rooms = budget.lines.filter((line) => line.item === 'Thuê phòng nghỉ');
    expect(rooms.map((line) => [line.people, line.units, line.amountVnd])).toEqual([
      [1, 2, undefined],
      [1, 2, undefined],
      [1, 2, undefined],
    ]);
    expect(budget.totalVnd).toBe(budget.lines.reduce((sum, line) => sum + (line.amountVnd ?? 0), 0));
  });
});

describe('The periodic report', () => {
  it('names a quarter, a year, or the dates of any other period', () => {
    expect(periodName('2026-10-01', '2026-12-31')).toBe('quý IV năm 2026');
    expect(periodName('2026-01-01', '2026-12-31')).toBe('năm 2026');
    expect(periodName('2026-10-01', '2026-11-30')).toBe('từ ngày 01/10/2026 đến ngày 30/11/2026');
  });

  it('reads as its golden text: figures, the narrative to complete and the table of visits', async () => {
    const range = { from: '2027-01-01', to: '2027-03-31' };
    const list = visitList([filed], { ...range, divisionName: () => 'Phòng Quản lý Khoa học' });
    const byCountry = summarize([{ delegation: filed, meetings: 1 }], {
      ...range,
      groupBy: 'country',
      today: '2027-04-02',
      profile: hungYenProfile,
    });
    const document = periodicReport({
      list,
      byCountry,
      issuer: issuer({}),
      options: { today: '2027-04-02' },
      recipients: [
        'Chủ tịch UBND tỉnh Hưng Yên (qua Văn phòng UBND tỉnh)',
        'Văn phòng UBND tỉnh Hưng Yên (bộ phận ngoại vụ)',
      ],
    });
    const { text, customXml } = await readDocx(await renderDocx(document));
    await expect(`${text}\n`).toMatchFileSnapshot('./__snapshots__/documents/periodic.txt');
    expect(customProperty(customXml, 'period')).toBe('2027-01-01/2027-03-31');
  });
});
