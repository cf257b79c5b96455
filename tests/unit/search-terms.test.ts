import { describe, expect, it } from 'vitest';
import { namesMatch, searchPartitions } from '../../shared/history/search-terms';

const seoul = {
  partner: {
    name: 'Seoul National University',
    nameVi: 'Đại học Quốc gia Seoul',
    country: 'KR',
    type: 'academic_institution' as const,
  },
  members: [{ fullName: 'Kim Min-jun', rank: 'other' as const, role: 'head' as const }],
  topics: [],
};

describe('Searching the history by name', () => {
  it('finds a partner by its Vietnamese name typed without diacritics, as well as by its own name', () => {
    expect(namesMatch(seoul, 'dai hoc quoc gia')).toBe(true);
    expect(namesMatch(seoul, 'national university')).toBe(true);
    expect(namesMatch(seoul, 'kim min')).toBe(true);
    expect(namesMatch(seoul, 'dai hoc kyoto')).toBe(false);
  });

  it('indexes the words of the Vietnamese name, so the look-up reaches it', () => {
    expect(searchPartitions(seoul)).toEqual(
      expect.arrayContaining(['NAME#dai', 'NAME#hoc', 'NAME#seoul', 'NAME#national']),
    );
  });
});
