import { formatVietnameseDate, localDateOf } from '../compliance/calendar';
import { onFirstUse } from '../on-first-use';
import { localMinutesOf } from '../scheduling/slots';

const countryNames = onFirstUse(() => new Intl.DisplayNames(['vi'], { type: 'region' }));

/** JP → Nhật Bản. */
export const countryName = (code: string | undefined): string =>
  code ? (countryNames().of(code) ?? code) : 'chưa rõ';

/** 2026-12-14T02:00:00Z → 14/12/2026 (Asia/Ho_Chi_Minh). */
export const dateVi = (instant: string): string => formatVietnameseDate(localDateOf(instant));

/** 2026-12-14T02:00:00Z → 09:00. */
export function timeVi(instant: string): string {
  const minutes = localMinutesOf(instant);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 09:00 ngày 14/12/2026. */
export const dateTimeVi = (instant: string): string => `${timeVi(instant)} ngày ${dateVi(instant)}`;

/** The partner's Vietnamese name first when the Office gave one, the original in brackets. */
export const partnerName = (delegation: { partner: { name: string; nameVi?: string } }): string =>
  delegation.partner.nameVi
    ? `${delegation.partner.nameVi} (${delegation.partner.name})`
    : delegation.partner.name;
