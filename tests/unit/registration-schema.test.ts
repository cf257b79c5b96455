import { describe, expect, it } from 'vitest';
import { registrationSchema } from '../../shared/domain/delegation';
import { jicaVisit } from '../fixtures/registration';

const issuesOf = (input: unknown) => {
  const result = registrationSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('A registration', () => {
  it('accepts a complete working visit and fills in defaults', () => {
    const parsed = registrationSchema.parse({ ...jicaVisit(), itinerary: undefined, activities: undefined });
    expect(parsed.itinerary).toEqual([]);
    expect(parsed.members[1]?.rank).toBe('other');
  });

  it('accepts members whose passport or title is not known yet (from a letter), to be fixed later', () => {
    expect(issuesOf(jicaVisit({ members: [{ fullName: 'Kim Min-jun', role: 'head' }] }))).toEqual([]);
  });

  it('refuses arrival after departure', () => {
    expect(
      issuesOf(
        jicaVisit({
          visit: { arrival: '2026-12-15T08:00:00+07:00', departure: '2026-12-14T08:00:00+07:00' },
        }),
      ),
    ).toEqual(['visit.departure']);
  });

  it('refuses a date that does not exist, such as 30 February', () => {
    expect(
      issuesOf(
        jicaVisit({
          visit: { arrival: '2024-02-30T08:00:00+07:00', departure: '2024-03-02T08:00:00+07:00' },
        }),
      ),
    ).toEqual(['visit.arrival']);
  });

  it('refuses a date-time without its offset, which would be ambiguous', () => {
    expect(
      issuesOf(
        jicaVisit({ visit: { arrival: '2026-12-14T08:00:00', departure: '2026-12-15T08:00:00+07:00' } }),
      ),
    ).toEqual(['visit.arrival']);
  });

  it('refuses unknown country codes and lower-case ones', () => {
    const visit = jicaVisit();
    expect(issuesOf({ ...visit, partner: { ...visit.partner, country: 'XK' } })).toEqual(['partner.country']);
    expect(issuesOf({ ...visit, partner: { ...visit.partner, country: 'jp' } })).toEqual(['partner.country']);
  });

  it('refuses fields it does not know, so a misspelt field is not silently lost', () => {
    expect(issuesOf({ ...jicaVisit(), arival: '2026-12-14' })).toEqual(['']);
  });

  it('refuses prototype-pollution keys', () => {
    const polluted = JSON.parse(`{"__proto__": {"admin": true}, ${JSON.stringify(jicaVisit()).slice(1)}`);
    expect(issuesOf(polluted)).toEqual(['']);
  });

  it('refuses a delegation without members and one with more than 200', () => {
    const member = jicaVisit().members[0];
    expect(issuesOf(jicaVisit({ members: [] }))).toEqual(['members']);
    expect(issuesOf(jicaVisit({ members: Array.from({ length: 201 }, () => member) as never }))).toEqual([
      'members',
    ]);
  });

  it('refuses blank or overlong text', () => {
    expect(issuesOf(jicaVisit({ purpose: '   ' }))).toEqual(['purpose']);
    expect(issuesOf(jicaVisit({ hostDivision: 'x'.repeat(201) }))).toEqual(['hostDivision']);
  });
});
