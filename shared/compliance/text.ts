/** Lower case without diacritics ("Đại học" → "dai hoc"), for matching what people type. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** Whether `keyword` starts a word in `text`, ignoring case and diacritics ("religio" finds "Religious"). */
export function mentions(text: string, keyword: string): boolean {
  const folded = foldText(text);
  const needle = foldText(keyword).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${needle}`, 'u').test(folded);
}

/** 1500000 → "1.500.000 đồng". */
export const formatVnd = (amount: number): string => `${amount.toLocaleString('vi-VN')} đồng`;
