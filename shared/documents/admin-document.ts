/**
 * An administrative document as data, before any file format: the parts Nghị định 30/2020/NĐ-CP,
 * Điều 8 lists, in order. The drafts of each kind (kinds/) build one from what the API holds; the
 * renderer (render-docx.ts) lays it out as the Appendix prescribes.
 */
import type { LocalDate } from '../compliance/calendar';

export type Block =
  /** A paragraph of the body; `heading` for a numbered part ("I. …"), `plain` for no indent. */
  | { kind: 'paragraph'; text: string; heading?: boolean; plain?: boolean; italic?: boolean }
  | {
      kind: 'table';
      headers: readonly string[];
      rows: readonly (readonly string[])[];
      widths: readonly number[];
    };

export interface Signer {
  /** Quyền hạn, chức vụ: "GIÁM ĐỐC", or "KT. GIÁM ĐỐC" with the title below ("PHÓ GIÁM ĐỐC"). */
  authority: readonly string[];
  /** Left blank for the signer to write when the draft names nobody. */
  name?: string;
}

/** What a draft was made from, recorded in the file's properties. */
export interface DraftedFrom {
  delegationId?: string;
  delegationVersion?: number;
  /** The rule profile the compliance findings were computed with ("hung-yen@2026.2"). */
  profile?: string;
  /** Each holiday calendar year counted in, with its version ("2026 v0, 2027 v1"). */
  holidayCalendars?: string;
  /** The period of a periodic report. */
  period?: string;
}

export interface AdminDocument {
  /** Cơ quan chủ quản trực tiếp and cơ quan ban hành, in capitals. */
  governingBody: string;
  issuingBody: string;
  /** The symbol after the number: "TTr-VP", "SKHCN-VP", "KH-SKHCN". */
  symbol: string;
  /** The number from the clerk's register, when given; otherwise a gap to fill in. */
  number?: string;
  place: string;
  /** The date of issue, when given; the draft's year otherwise. */
  date?: LocalDate;
  year: number;
  /** Tên loại ("TỜ TRÌNH", "KẾ HOẠCH"); absent for a letter (công văn). */
  typeName?: string;
  /** Trích yếu: under the type name, or for a letter "V/v …" under its number. */
  subject: string;
  /** "Kính gửi: …": one line, or several recipients of a letter. */
  addressees: readonly string[];
  /**
   * The "Căn cứ …" lines the body opens with: each legal basis named in full at its first mention,
   * then the partner's letter; ends with ";" except the last.
   */
  basis: readonly string[];
  body: readonly Block[];
  signer: Signer;
  /** Nơi nhận, each line without its dash; the last is the archive ("Lưu: VT, VP."). */
  recipients: readonly string[];
  /** The file's title and what it was drafted from (document properties, never printed). */
  fileTitle: string;
  draftedFrom: DraftedFrom;
}

export const paragraph = (
  text: string,
  options: Omit<Extract<Block, { kind: 'paragraph' }>, 'kind' | 'text'> = {},
): Block => ({
  kind: 'paragraph',
  text,
  ...options,
});
export const heading = (text: string): Block => ({ kind: 'paragraph', text, heading: true });
