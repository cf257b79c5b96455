/**
 * The page and type of an administrative document, as Nghị định 30/2020/NĐ-CP prescribes them
 * (Điều 8 and 9; Phụ lục I, "Thể thức và kỹ thuật trình bày văn bản hành chính"): A4 portrait,
 * margins top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman (Unicode,
 * TCVN 6909:2001), black. Sizes are in points, each within the range the Appendix gives for its part.
 */
export const page = {
  widthMm: 210,
  heightMm: 297,
  margins: { topMm: 20, bottomMm: 20, leftMm: 30, rightMm: 15 },
} as const;

export const FONT = 'Times New Roman';

export const sizes = {
  /** Quốc hiệu, in capitals, bold: 12–13. */
  nationalHeading: 12,
  /** Tiêu ngữ, bold, underlined by a rule as long as the line: 13–14. */
  motto: 13,
  /** The governing body (regular) and the issuing body (bold), in capitals: 12–13. */
  body: 12,
  /** "Số: …/TTr-SKHCN": 13. */
  number: 13,
  /** Place and date, italic: 13–14. */
  placeDate: 13,
  /** Document type (capitals, bold) and subject (bold): 13–14. */
  title: 14,
  /** A letter's subject under its number ("V/v …"): 12–13. */
  letterSubject: 12,
  /** Body text: 13–14, justified, first line indented 1–1.27 cm, at least 6 pt between paragraphs. */
  text: 14,
  /** The signer's authority (capitals, bold) and name (bold): 13–14. */
  signer: 14,
  /** "Nơi nhận:" bold italic 12; each recipient 11. */
  recipientsLabel: 12,
  recipient: 11,
  /** Tables in the body: the Appendix leaves their size to the drafter; 12 keeps a guest list on the page. */
  table: 12,
  /** The page number, in Arabic numerals in the top margin: 13–14. */
  pageNumber: 13,
} as const;

/** First-line indent of body paragraphs (1–1.27 cm) and the space between them (≥ 6 pt). */
export const paragraph = { firstLineCm: 1.27, spaceBeforePt: 6, lineSpacing: 1.15 } as const;
