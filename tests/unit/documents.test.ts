import { describe, expect, it } from 'vitest';
import { protocolGradeOf } from '../../shared/compliance/grade';
import { hungYenProfile } from '../../shared/compliance/profile';
import { issuer } from '../../shared/config/issuer';
import { positions, receptionBudget } from '../../shared/documents/budget';
import { visitDocumentKinds } from '../../shared/documents/kind-names';
import { visitDocuments } from '../../shared/documents/kinds';
import { periodicReport, periodName } from '../../shared/documents/kinds/periodic-report';
import { page } from '../../shared/documents/layout';
import { renderDocx } from '../../shared/documents/render-docx';
import { budgetFacts } from '../../shared/documents/visit-facts';
import { ConflictError } from '../../shared/domain/errors';
import { summarize } from '../../shared/history/summary';
import { visitList } from '../../shared/history/visit-list';
import { type DocumentVisitName, factsOf } from '../fixtures/document-visits';
import {
  deputyDirector,
  reportedUniversityVisit,
  universityFacts,
  universityReport,
  universityVisit,
} from '../fixtures/documents';
import { attributeValues, customProperty, readDocx } from '../support/docx-reader';

const factsFor = (kind: string) =>
  universityFacts(kind === 'visit-report' ? { delegation: reportedUniversityVisit } : {});
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
    expect(lines.some((line) => /^Số: {7}\/\p{L}+-\p{Lu}+$/u.test(line))).toBe(true);
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

  it('keeps the characters XML reserves in a name as they were typed, in the text and the properties', async () => {
    const partner = { ...universityVisit.partner, name: 'Viện R&D <Smart> "Materials"' };
    const facts = universityFacts({
      delegation: { ...universityVisit, partner },
      issuer: issuer({ DOCUMENT_GOVERNING_BODY: 'UBND TỈNH A&B' }),
    });
    const { text, malformedParts, coreXml } = await readDocx(
      await renderDocx(visitDocuments['reception-plan'](facts)),
    );
    expect(malformedParts).toEqual([]);
    expect(text).toContain('Viện R&D <Smart> "Materials"');
    expect(text.split('\n')[0]).toBe('UBND TỈNH A&B');
    expect(coreXml).toContain('Viện R&#38;D &#60;Smart&#62;');
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
  it('asks for the conference permission on its legal basis, with the conference plan enclosed and no deadline of the Office', async () => {
    const { text } = await draft('permission-request');
    expect(text).toContain('V/v đề nghị cho phép tổ chức Hội thảo quốc tế về vật liệu mới');
    expect(text).toContain('Kính gửi: Ủy ban nhân dân tỉnh Hưng Yên');
    expect(text.split('\n')).toContain(
      'Căn cứ Quyết định số 06/2020/QĐ-TTg ngày 21/02/2020 của Thủ tướng Chính phủ về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam;',
    );
    expect(text).toContain(
      'theo quy định tại khoản 2 Điều 3 và điểm a khoản 1 Điều 4 Quyết định số 06/2020/QĐ-TTg.',
    );
    expect(text).toContain('- Đề án tổ chức Hội thảo quốc tế về vật liệu mới;');
    expect(text).not.toContain('chậm nhất');
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
  const budgetOf = (name: DocumentVisitName) => {
    const facts = factsOf(name);
    return receptionBudget(
      facts.delegation,
      protocolGradeOf(facts.delegation, hungYenProfile.parameters),
      hungYenProfile,
      budgetFacts(facts),
    );
  };
  const line = (budget: ReturnType<typeof budgetOf>, item: string, who?: string) =>
    budget.lines.find((candidate) => candidate.item.startsWith(item) && (!who || candidate.who === who));

  it('counts the head, a deputy by title, and the members', () => {
    expect(positions(universityVisit)).toEqual({ head: 1, deputy: 1, member: 1 });
  });

  it('prices a B-grade visit the Department pays at the rates of Thông tư 35/2026/TT-BTC', () => {
    const budget = budgetOf('a B-grade minister, paid by the Department');
    expect(budget.circular).toBe('TT-35-2026-BTC');
    expect(budget.grade).toBe('B');
    expect(line(budget, 'Tiền ăn')).toMatchObject({
      people: 2,
      units: 2,
      rateVnd: 2_000_000,
      amountVnd: 8_000_000,
    });
    expect(line(budget, 'Thuê phòng nghỉ', 'Trưởng đoàn')).toMatchObject({ units: 1, rateVnd: 7_700_000 });
    expect(line(budget, 'Thuê phòng nghỉ', 'Thành viên')).toMatchObject({ units: 1, rateVnd: 4_800_000 });
    expect(line(budget, 'Tiếp khách')).toMatchObject({ people: 2, units: 1, rateVnd: 160_000 });
    expect(line(budget, 'Chiêu đãi')).toMatchObject({ people: 2, rateVnd: 2_000_000, amountVnd: 4_000_000 });
    expect(line(budget, 'Quà tặng', 'Trưởng đoàn')).toMatchObject({ rateVnd: 1_800_000 });
    expect(budget.totalVnd).toBe(8_000_000 + 7_700_000 + 4_800_000 + 320_000 + 4_000_000 + 1_800_000);
    expect(budget.complete).toBe(true);
  });

  it('leaves meals and rooms out when the guests pay them, and prices gifts only for the head of an A delegation or a special case', () => {
    const budget = budgetOf('an A-grade foreign minister whose guests pay meals and rooms');
    expect(budget.grade).toBe('A');
    expect(line(budget, 'Tiền ăn')).toBeUndefined();
    expect(line(budget, 'Thuê phòng nghỉ')).toBeUndefined();
    expect(line(budget, 'Tiếp khách')).toMatchObject({ rateVnd: 300_000, amountVnd: 600_000 });
    expect(line(budget, 'Biên dịch tiếng nước ngoài')).toMatchObject({ units: 4, rateVnd: 300_000 });
    expect(line(budget, 'Biên dịch tiếng Việt')).toMatchObject({ units: 2, rateVnd: 360_000 });
    expect(line(budget, 'Quà tặng', 'Trưởng đoàn')).toMatchObject({ rateVnd: 2_600_000 });
    expect(line(budget, 'Quà tặng (trường hợp đặc biệt)')).toMatchObject({
      people: 1,
      rateVnd: 1_000_000,
      note: 'Thành viên đoàn là đối tác lâu năm của Sở',
    });
    expect(budget.totalVnd).toBe(600_000 + 6_000_000 + 1_200_000 + 720_000 + 2_600_000 + 1_000_000);
  });

  it('holds only the working sessions when the guests pay everything, and no gift for an ungraded guest', () => {
    const budget = budgetOf('a business whose guests pay everything, with an agreement and aid offered');
    expect(budget.grade).toBe('other');
    expect(budget.lines.map((candidate) => candidate.item)).toEqual([
      'Tiếp khách trong buổi làm việc (nước uống, hoa quả, bánh ngọt)',
    ]);
    expect(budget.totalVnd).toBe(2 * 120_000);
  });

  it('grades a vice-president Special and a specialised organisation’s head by the Chairman, with no figure either way', () => {
    expect(budgetOf('a Special-grade vice-president, paid by the Department')).toMatchObject({
      grade: 'special',
      totalVnd: 0,
      complete: false,
    });
    expect(budgetOf('an organisation head whose grade the Chairman decides')).toMatchObject({
      grade: 'decided_by_chairman',
      complete: false,
    });
  });

  it('keeps the rates of Thông tư 71/2018/TT-BTC for a visit carried out before 18/05/2026', () => {
    const budget = budgetOf('a visit before Thông tư 35/2026/TT-BTC took effect');
    expect(budget.circular).toBe('TT-71-2018-BTC');
    expect(line(budget, 'Tiền ăn')).toMatchObject({ rateVnd: 1_000_000, amountVnd: 4_000_000 });
    expect(line(budget, 'Thuê phòng nghỉ')?.rateVnd).toBeUndefined();
  });

  it.each([
    ['a B-grade minister, paid by the Department', 'Thông tư số 35/2026/TT-BTC', '2.000.000'],
    ['a visit before Thông tư 35/2026/TT-BTC took effect', 'Thông tư số 71/2018/TT-BTC', '1.000.000'],
  ] as const)('reads in the plan of %s with its circular and meal rate', async (name, circular, meals) => {
    const { text } = await readDocx(await renderDocx(visitDocuments['reception-plan'](factsOf(name))));
    expect(text).toContain(`Căn cứ ${circular} ngày`);
    expect(text).toMatch(new RegExp(`Tiền ăn[^\\n]*\\nKhách\\n2\\n2 ngày\\n${meals}\\n`));
    expect(text).not.toContain(circular === 'Thông tư số 35/2026/TT-BTC' ? '71/2018' : '35/2026');
  });

  it('says the Chairman decides the grade of a specialised organisation’s head, citing Điều 4.1.d', async () => {
    const { text } = await readDocx(
      await renderDocx(
        visitDocuments['reception-plan'](factsOf('an organisation head whose grade the Chairman decides')),
      ),
    );
    expect(text).toContain(
      'hạng khách do Chủ tịch Ủy ban nhân dân tỉnh quyết định theo điểm d khoản 1 Điều 4',
    );
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
    const list = visitList([reportedUniversityVisit], {
      ...range,
      divisionName: () => 'Phòng Quản lý Khoa học',
    });
    const byCountry = summarize([{ delegation: reportedUniversityVisit, meetings: 1 }], {
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
      addressee: 'Ủy ban nhân dân tỉnh Hưng Yên',
    });
    const { text, customXml } = await readDocx(await renderDocx(document));
    await expect(`${text}\n`).toMatchFileSnapshot('./__snapshots__/documents/periodic.txt');
    expect(customProperty(customXml, 'period')).toBe('2027-01-01/2027-03-31');
  });
});
