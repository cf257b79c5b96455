import type { AgencyKey } from '../domain/agencies';

/** Only these agencies see passport numbers in full (regulations reference, "What the users do"). */
const SEES_PASSPORTS: readonly string[] = ['police', 'foreign-affairs'] satisfies AgencyKey[];

export const seesPassports = (recipientKey: string): boolean => SEES_PASSPORTS.includes(recipientKey);

/** B1234589 → B12***89: enough to tell two guests apart, not enough to use. */
export function maskPassport(passport: string): string {
  if (passport.length <= 5) return '*'.repeat(passport.length);
  return `${passport.slice(0, 3)}${'*'.repeat(passport.length - 5)}${passport.slice(-2)}`;
}
