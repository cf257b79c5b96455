/** Lower case without diacritics ("Đại học" → "dai hoc"), for matching what people type. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** 1500000 → "1.500.000", as a column headed "(đồng)" shows it. */
export const formatAmount = (amount: number): string => amount.toLocaleString('vi-VN');

/** 1500000 → "1.500.000 đồng". */
export const formatVnd = (amount: number): string => `${formatAmount(amount)} đồng`;
