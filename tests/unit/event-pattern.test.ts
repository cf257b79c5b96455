import { describe, expect, it } from 'vitest';
import { matchesPattern } from '../../infra/local/event-pattern';

const event = {
  source: 'vn.hungyen.dost.delegations',
  'detail-type': 'Delegation.Registered',
  detail: { version: 1 },
};

describe('The local bus applies EventBridge patterns', () => {
  it('matches when every field has one of the listed values', () => {
    expect(matchesPattern({ source: ['vn.hungyen.dost.delegations'] }, event)).toBe(true);
    expect(matchesPattern({ 'detail-type': ['Delegation.Approved', 'Delegation.Registered'] }, event)).toBe(
      true,
    );
  });

  it('does not match another source or detail type', () => {
    expect(matchesPattern({ source: ['aws.s3'] }, event)).toBe(false);
    expect(matchesPattern({ 'detail-type': ['Delegation.Approved'] }, event)).toBe(false);
  });

  it('refuses operators it does not implement instead of guessing', () => {
    expect(() => matchesPattern({ source: [{ prefix: 'vn.' }] } as never, event)).toThrow(/Unsupported/);
  });
});
