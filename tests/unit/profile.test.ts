import { describe, expect, it } from 'vitest';
import { hungYenProfile } from '../../shared/compliance/profile';
import { ruleProfileSchema } from '../../shared/compliance/profile-schema';

describe('The rule profile the functions ship with', () => {
  it('satisfies the profile schema as it stands, with nothing added or dropped by parsing', () => {
    expect(ruleProfileSchema.parse(hungYenProfile)).toEqual(hungYenProfile);
  });

  it('would be refused with a figure out of range or a malformed holiday', () => {
    const negative = {
      ...hungYenProfile,
      parameters: { ...hungYenProfile.parameters, leadTimeWorkingDays: -1 },
    };
    expect(ruleProfileSchema.safeParse(negative).success).toBe(false);
    const [year = '2026', holidays] = Object.entries(hungYenProfile.holidays)[0] ?? [];
    const badDay = {
      ...hungYenProfile,
      holidays: { [year]: { ...holidays, daysOff: ['30/04/2026'] } },
    };
    expect(ruleProfileSchema.safeParse(badDay).success).toBe(false);
  });
});
