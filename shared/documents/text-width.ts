/**
 * How wide a line of bold Times New Roman is, to draw the rules Phụ lục I of Nghị định 30/2020/NĐ-CP
 * sizes by the text above them (as long as the motto; 1/3 to 1/2 of the issuing body). Advance widths
 * in thousandths of an em from the Times-Bold metrics; a Vietnamese letter is as wide as its base
 * letter (the diacritics sit above or below it).
 */
// biome-ignore format: the metrics as a table
const BOLD_WIDTHS: Record<string, number> = {
  ' ': 250, '!': 333, '"': 555, '&': 833, "'": 278, '(': 333, ')': 333, ',': 250, '-': 333, '.': 250,
  '/': 278, ':': 333, ';': 333, '?': 500,
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944,
  N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556, l: 278, m: 833,
  n: 556, o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500, w: 722, x: 500, y: 500, z: 444,
};
const DIGIT = 500;
const OTHER = 556;
const MM_PER_POINT = 25.4 / 72;

const baseLetter = (char: string) => {
  if (char === 'Đ') return 'D';
  if (char === 'đ') return 'd';
  return char.normalize('NFD').charAt(0);
};

/** The width in millimetres of `text` set in bold Times New Roman at `sizePt`. */
export function boldTextWidthMm(text: string, sizePt: number): number {
  let thousandths = 0;
  for (const char of text) {
    const base = baseLetter(char);
    thousandths += /\d/.test(base) ? DIGIT : (BOLD_WIDTHS[base] ?? OTHER);
  }
  return (thousandths / 1000) * sizePt * MM_PER_POINT;
}
