import { describe, expect, it } from 'vitest';
import { onFirstUse } from '../../shared/on-first-use';

describe('A value built on first use', () => {
  it('is not built at import, then built once however often it is asked for', () => {
    let builds = 0;
    const value = onFirstUse(() => {
      builds += 1;
      return { builds };
    });
    expect(builds).toBe(0);
    expect(value()).toBe(value());
    expect(builds).toBe(1);
  });
});
