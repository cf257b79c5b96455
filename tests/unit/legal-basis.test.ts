/** What users read as the legal basis of a rule: the document and article in Vietnamese, nothing else. */
import { describe, expect, it } from 'vitest';
import { rules } from '../../shared/compliance/rules';

/** Words of the team's provenance notes, which must never reach an email, a report or a screen. */
const TEAM_NOTES =
  /practice|unverified|university|Bắc Giang|Nha Trang|seed plan|secondary|follows from|verified|reference/i;

describe('The legal basis a user reads', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s: Vietnamese, without team notes', (_, rule) => {
    expect(rule.citation).not.toMatch(TEAM_NOTES);
    for (const version of rule.versions ?? []) expect(version.citation).not.toMatch(TEAM_NOTES);
    expect(rule.citation).toMatch(/Điều|Thông tư|Quyết định|Nghị định|Luật|Thực tiễn/);
  });

  it.each(rules.filter((rule) => !rule.verified).map((rule) => [rule.id, rule] as const))(
    '%s, not confirmed by a source, says so: "(… chưa xác minh)"',
    (_, rule) => {
      expect(rule.citation).toContain('chưa xác minh');
    },
  );
});
