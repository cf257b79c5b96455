/**
 * Every draft of every fixture visit, signed by everyone who may sign it, read back as an official
 * would: no internal mark, the authority line the signer's position gives, its legal bases first and
 * in full, page numbers from the second page, the circular in force, and none of the slips a reviewer
 * found.
 */
import { describe, expect, it } from 'vitest';
import { visitDocumentKinds } from '../../shared/documents/kind-names';
import { visitDocuments } from '../../shared/documents/kinds';
import { legalDocuments } from '../../shared/documents/legal-documents';
import { internalMarks } from '../../shared/documents/outgoing-text';
import { renderDocx, ruleLengths } from '../../shared/documents/render-docx';
import { signingRights } from '../../shared/documents/signing';
import { ConflictError, InvalidChangeError } from '../../shared/domain/errors';
import type { Official } from '../../shared/domain/resources';
import { type DocumentVisitName, documentVisits, factsOf, signers } from '../fixtures/document-visits';
import { readDocx } from '../support/docx-reader';

const filedReport = {
  summary: 'Hai bên thống nhất phối hợp triển khai các nội dung đã trao đổi.',
  outcomes: ['Trao đổi danh mục đề tài hợp tác'],
  agreementsSigned: ['Biên bản ghi nhớ hợp tác'],
  followUpActions: [],
  submittedBy: { sub: 'office-1', roles: ['office'] },
  submittedAt: '2027-03-12T03:00:00.000Z',
};

/** The authority lines each position signs under, written out here rather than taken from the code. */
const authority: Record<'department' | 'office', Record<string, string[]>> = {
  department: {
    none: ['GIÁM ĐỐC'],
    director: ['GIÁM ĐỐC'],
    acting_director: ['Q. GIÁM ĐỐC'],
    deputy_director: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    chief_of_office: ['TL. GIÁM ĐỐC', 'CHÁNH VĂN PHÒNG'],
  },
  office: {
    none: ['CHÁNH VĂN PHÒNG'],
    chief_of_office: ['CHÁNH VĂN PHÒNG'],
    deputy_chief_of_office: ['KT. CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG'],
  },
};

/** Kinds addressed outside the Department, or plans: they open with "Căn cứ". */
const opensWithBasis = new Set([
  'guest-list-police',
  'permission-request',
  'conference-plan',
  'reception-plan',
]);

async function draft(name: DocumentVisitName, kind: (typeof visitDocumentKinds)[number], signer?: Official) {
  const facts = factsOf(name, signer);
  const delegation =
    kind === 'visit-report' ? { ...facts.delegation, visitReport: filedReport } : facts.delegation;
  const document = visitDocuments[kind]({ ...facts, delegation });
  return { document, ...(await readDocx(await renderDocx(document))) };
}

const names = Object.keys(documentVisits) as DocumentVisitName[];
const mayDraft = (kind: (typeof visitDocumentKinds)[number], signer?: Official) =>
  !signer?.position || (signingRights[kind].positions as readonly string[]).includes(signer.position);
const combinations = names.flatMap((name) =>
  visitDocumentKinds.flatMap((kind) =>
    signers.map((signer) => ({ name, kind, signer, label: signer?.position ?? 'no signer named' })),
  ),
);

describe.each(combinations.filter(({ kind, signer }) => mayDraft(kind, signer)))(
  'The $kind of $name, signed by $label',
  ({ name, kind, signer }) => {
    const rights = signingRights[kind];

    it('reads as an official signs it', async () => {
      let read: Awaited<ReturnType<typeof draft>>;
      try {
        read = await draft(name, kind, signer);
      } catch (error) {
        // A kind the visit does not call for (no conference, no permission missing) is refused as a conflict.
        expect(error).toBeInstanceOf(ConflictError);
        return;
      }
      const { text, headers, document, malformedParts } = read;
      expect(malformedParts, 'every part opens in Word').toEqual([]);
      for (const mark of internalMarks) expect(text, `${mark}`).not.toMatch(mark);
      expect(text).not.toMatch(/\.;|;\.|\.\.(?!\.)|,\.|Chủ tịch Chủ tịch|\[/u);
      expect(text).not.toMatch(/Văn phòng Sở phối hợp với Văn phòng Sở/u);
      for (const [, from, to] of text.matchAll(/từ ngày (\d\d\/\d\d\/\d{4}) đến ngày (\d\d\/\d\d\/\d{4})/gu))
        expect(from, 'a one-day period reads as one date').not.toBe(to);
      // A member's English title never shows where a Vietnamese one is given.
      for (const member of document.basis.length ? factsOf(name).delegation.members : [])
        if (member.titleVi && member.title) expect(text).not.toContain(member.title);

      const lines = text.split('\n');
      const expected = authority[rights.unit][signer?.position ?? 'none'] as string[];
      const signature = lines.slice(lines.lastIndexOf(expected[0] as string));
      expect(signature).toEqual([...expected, ...(signer ? [signer.fullName] : [])]);
      const recipients = lines.slice(lines.indexOf('Nơi nhận:'), lines.lastIndexOf(expected[0] as string));
      if (signer?.position === 'director')
        expect(recipients.join('\n')).not.toContain('Giám đốc Sở (để b/c)');
      if (
        signer?.position === 'deputy_director' &&
        kind !== 'proposal' &&
        kind !== 'conference-plan' &&
        kind !== 'reception-plan'
      )
        expect(recipients).toContain('- Giám đốc Sở (để b/c);');

      if (opensWithBasis.has(kind)) {
        expect(document.basis.length).toBeGreaterThan(0);
        expect(text).toMatch(/\nCăn cứ /u);
      }
      for (const legal of Object.values(legalDocuments)) {
        const first = text.indexOf(legal.short);
        if (first >= 0 && kind !== 'proposal') expect(text.indexOf(legal.full), legal.short).toBe(first);
      }
      // Page numbers: a PAGE field in the default header; the first page has its own, empty header.
      const headerXml = Object.values(headers);
      expect(headerXml.some((xml) => xml.includes('PAGE'))).toBe(true);
      expect(headerXml.some((xml) => !xml.includes('PAGE'))).toBe(true);
    });
  },
);

describe.each(combinations.filter(({ kind, signer }) => !mayDraft(kind, signer)))(
  'The $kind of $name',
  ({ name, kind, signer, label }) => {
    it(`is refused to a ${label}, naming the signer`, async () => {
      const refused = await draft(name, kind, signer).catch((error) => error);
      if (refused instanceof ConflictError) return;
      expect(refused).toBeInstanceOf(InvalidChangeError);
      expect(refused.details.issues[0].path).toBe('signer');
    });
  },
);

describe('A record that still holds a character XML forbids', () => {
  it.each(visitDocumentKinds)('gives a %s that opens in Word, without the character', async (kind) => {
    const name = names[0] as DocumentVisitName;
    const facts = factsOf(name);
    const [head, ...rest] = facts.delegation.members;
    const members = [{ ...head, fullName: `${head?.fullName}\uFFFF\u0001` }, ...rest];
    const delegation = {
      ...facts.delegation,
      partner: { ...facts.delegation.partner, name: `${facts.delegation.partner.name}\uFFFE` },
      members,
      ...(kind === 'visit-report' ? { visitReport: filedReport } : {}),
    } as typeof facts.delegation;
    let document: ReturnType<(typeof visitDocuments)[typeof kind]>;
    try {
      document = visitDocuments[kind]({ ...facts, delegation });
    } catch (error) {
      expect(error).toBeInstanceOf(ConflictError);
      return;
    }
    const { malformedParts, text } = await readDocx(await renderDocx(document));
    expect(malformedParts).toEqual([]);
    for (const character of ['\uFFFE', '\uFFFF', '\u0001']) expect(text).not.toContain(character);
  });
});

describe('The rules of the heading', () => {
  it('are as long as the motto, and two fifths of the issuing body (Phụ lục I)', () => {
    const lengths = ruleLengths({ issuingBody: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ', subject: 'Đón tiếp đoàn' });
    // "Độc lập - Tự do - Hạnh phúc" in 13 pt bold Times New Roman measures about 56 mm.
    expect(lengths.motto).toBeGreaterThan(54);
    expect(lengths.motto).toBeLessThan(58);
    // The issuing body line is about 65 mm: its rule lies between a third and a half of it.
    expect(lengths.issuingBody).toBeGreaterThan(65 / 3);
    expect(lengths.issuingBody).toBeLessThan(65 / 2);
  });
});
