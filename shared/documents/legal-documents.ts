/**
 * The legal documents the drafts cite, as an administrative document names them: in full at the
 * first mention (type, number, date, issuer, title), by type and number afterwards. `provenance`
 * is the team's note on what was checked; it never reaches a document.
 */
export interface LegalDocument {
  /** "Quyết định số 06/2020/QĐ-TTg". */
  short: string;
  /** "Quyết định số 06/2020/QĐ-TTg ngày 21/02/2020 của Thủ tướng Chính phủ về …". */
  full: string;
  provenance: string;
}

export const legalDocuments = {
  'QD-06-2020-TTg': {
    short: 'Quyết định số 06/2020/QĐ-TTg',
    full: 'Quyết định số 06/2020/QĐ-TTg ngày 21/02/2020 của Thủ tướng Chính phủ về tổ chức và quản lý hội nghị, hội thảo quốc tế tại Việt Nam',
    provenance: 'title and date read from the published text (December 2026)',
  },
  'TT-35-2026-BTC': {
    short: 'Thông tư số 35/2026/TT-BTC',
    full: 'Thông tư số 35/2026/TT-BTC ngày 31/3/2026 của Bộ trưởng Bộ Tài chính quy định chế độ chi tiêu đón tiếp khách nước ngoài vào làm việc tại Việt Nam, chế độ chi tổ chức hội nghị, hội thảo quốc tế tại Việt Nam và chế độ tiếp khách trong nước',
    provenance:
      'number, date and rates from the December 2026 review; the title follows 71/2018, which it replaces (to confirm against the published text)',
  },
  'TT-71-2018-BTC': {
    short: 'Thông tư số 71/2018/TT-BTC',
    full: 'Thông tư số 71/2018/TT-BTC ngày 10/8/2018 của Bộ trưởng Bộ Tài chính quy định chế độ chi tiêu đón tiếp khách nước ngoài vào làm việc tại Việt Nam, chế độ chi tổ chức hội nghị, hội thảo quốc tế tại Việt Nam và chế độ tiếp khách trong nước',
    provenance: 'in force 01/11/2018; replaced from 18/05/2026 by 35/2026 (its Điều 35.2)',
  },
  'LUAT-47-2014-QH13': {
    short: 'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam',
    full: 'Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam số 47/2014/QH13 ngày 16/6/2014, được sửa đổi, bổ sung năm 2019 và năm 2023',
    provenance: 'Luật 47/2014/QH13, amended by Luật 51/2019/QH14 and Luật 23/2023/QH15',
  },
  'LUAT-TNTG-2016': {
    short: 'Luật Tín ngưỡng, tôn giáo',
    full: 'Luật Tín ngưỡng, tôn giáo số 02/2016/QH14 ngày 18/11/2016',
    provenance: 'Điều 48.1 verified November 2026',
  },
  'QD-1755-TU': {
    short: 'Quyết định số 1755-QĐ/TU',
    full: 'Quyết định số 1755-QĐ/TU ngày 18/10/2019 của Ban Thường vụ Tỉnh ủy Hưng Yên ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh',
    provenance:
      'number and date from the seed plan; the issuer and title are the usual form of such a decision (to confirm with the Office)',
  },
  'LUAT-70-2020-QH14': {
    short: 'Luật Thỏa thuận quốc tế',
    full: 'Luật Thỏa thuận quốc tế số 70/2020/QH14 ngày 13/11/2020',
    provenance: 'December 2026 review; the articles on who signs and whose opinions are needed unverified',
  },
  'ND-80-2020': {
    short: 'Nghị định số 80/2020/NĐ-CP',
    full: 'Nghị định số 80/2020/NĐ-CP ngày 08/7/2020 của Chính phủ về quản lý và sử dụng viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức của các cơ quan, tổ chức, cá nhân nước ngoài dành cho Việt Nam',
    provenance: 'December 2026 review; articles unverified',
  },
  'ND-88-2012': {
    short: 'Nghị định số 88/2012/NĐ-CP',
    full: 'Nghị định số 88/2012/NĐ-CP ngày 23/10/2012 của Chính phủ quy định về hoạt động thông tin, báo chí của báo chí nước ngoài, cơ quan đại diện nước ngoài, tổ chức nước ngoài tại Việt Nam',
    provenance: 'Điều 4.1 and 18.2 verified November 2026; title as published (to confirm the date line)',
  },
  'QD-160-2004-TTg': {
    short: 'Quyết định số 160/2004/QĐ-TTg',
    full: 'Quyết định số 160/2004/QĐ-TTg ngày 06/9/2004 của Thủ tướng Chính phủ về việc xác định khu vực cấm, địa điểm cấm',
    provenance: 'Điều 1–2 from the regulations reference; Điều 5 (who permits) unverified',
  },
  'ND-58-2022': {
    short: 'Nghị định số 58/2022/NĐ-CP',
    full: 'Nghị định số 58/2022/NĐ-CP ngày 31/8/2022 của Chính phủ quy định về đăng ký và quản lý hoạt động của tổ chức phi chính phủ nước ngoài tại Việt Nam',
    provenance: 'Điều 21.4 verified November 2026',
  },
  'ND-09-2019': {
    short: 'Nghị định số 09/2019/NĐ-CP',
    full: 'Nghị định số 09/2019/NĐ-CP ngày 24/01/2019 của Chính phủ quy định về chế độ báo cáo của cơ quan hành chính nhà nước',
    provenance: 'Điều 12: the administrative reporting periods',
  },
  'KH-147-UBND': {
    short: 'Kế hoạch số 147/KH-UBND',
    full: 'Kế hoạch số 147/KH-UBND ngày 05/10/2023 của Ủy ban nhân dân tỉnh Hưng Yên',
    provenance:
      'number, date and issuer from the regulations reference; its title is not on record, so the draft names none',
  },
} as const satisfies Record<string, LegalDocument>;

export type LegalDocumentKey = keyof typeof legalDocuments;

/**
 * Names each legal document in full the first time a draft mentions it and by its short name
 * afterwards. One per draft, used in reading order.
 */
export function citer() {
  const named = new Set<LegalDocumentKey>();
  const cite = (key: LegalDocumentKey, article?: string): string => {
    const document = legalDocuments[key];
    const name = named.has(key) ? document.short : document.full;
    named.add(key);
    return article ? `${article} ${name}` : name;
  };
  /** A citation written as text (a rule's legal basis), with each document not yet named written in full. */
  cite.expand = (text: string): string =>
    (Object.keys(legalDocuments) as LegalDocumentKey[]).reduce((result, key) => {
      const { short, full } = legalDocuments[key];
      if (named.has(key) || !result.includes(short) || result.includes(full)) return result;
      named.add(key);
      return result.replace(short, full);
    }, text);
  return cite;
}
export type Cite = ReturnType<typeof citer>;
