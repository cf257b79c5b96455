/**
 * Who issues the Department's documents, as their heading names it (Nghị định 30/2020/NĐ-CP,
 * Điều 8.2): the governing body, the issuing body and its abbreviation, the Office as the drafting
 * unit, and the place name of the date line. Environment variables override each, so a renamed
 * body (2025 reorganisations) needs no release.
 */
export interface Issuer {
  governingBody: string;
  issuingBody: string;
  abbreviation: string;
  /** The Office: it issues its own proposals to the Director and drafts the Department's letters. */
  office: { name: string; abbreviation: string; head: string };
  /** The head of the issuing body, as a signature block names the authority. */
  head: string;
  /** The Department's full name in a sentence. */
  fullName: string;
  /** The same in English, for the portal's English news. */
  fullNameEn: string;
  place: string;
}

export function issuer(env: NodeJS.ProcessEnv = process.env): Issuer {
  return {
    governingBody: env.DOCUMENT_GOVERNING_BODY || 'UBND TỈNH HƯNG YÊN',
    issuingBody: env.DOCUMENT_ISSUING_BODY || 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
    abbreviation: env.DOCUMENT_ABBREVIATION || 'SKHCN',
    office: { name: 'VĂN PHÒNG', abbreviation: 'VP', head: 'CHÁNH VĂN PHÒNG' },
    head: 'GIÁM ĐỐC',
    fullName: env.DOCUMENT_FULL_NAME || 'Sở Khoa học và Công nghệ tỉnh Hưng Yên',
    fullNameEn: env.DOCUMENT_FULL_NAME_EN || 'Hung Yen Department of Science and Technology',
    place: env.DOCUMENT_PLACE || 'Hưng Yên',
  };
}
