/**
 * TZ1234567 → TZ******7: enough to tell two guests apart, not enough to use. At most the first two
 * and the last two characters show, and never more than a third of the number (B12345 → B****5).
 */
export function maskPassport(passport: string): string {
  const shown = Math.min(4, Math.floor(passport.length / 3));
  const head = Math.ceil(shown / 2);
  const tail = shown - head;
  return `${passport.slice(0, head)}${'*'.repeat(passport.length - shown)}${tail ? passport.slice(-tail) : ''}`;
}
