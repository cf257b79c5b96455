import { describe, expect, it } from 'vitest';
import {
  allowedTransitions,
  canTransition,
  closedStatuses,
  delegationStatuses,
} from '../../shared/domain/status';

describe('The delegation lifecycle', () => {
  it('lets a registered delegation go to review or straight to a compliance outcome', () => {
    expect(canTransition('registered', 'under_review')).toBe(true);
    expect(canTransition('registered', 'approval_required')).toBe(true);
    expect(canTransition('registered', 'blocked')).toBe(true);
  });

  it('lets only a delegation that needs approval be approved or rejected', () => {
    expect(canTransition('approval_required', 'approved')).toBe(true);
    expect(canTransition('approval_required', 'rejected')).toBe(true);
    expect(canTransition('registered', 'approved')).toBe(false);
  });

  it('never approves a blocked delegation', () => {
    expect(canTransition('blocked', 'approved')).toBe(false);
  });

  it('goes from the visit to its report in order, never backwards', () => {
    expect(canTransition('scheduled', 'in_progress')).toBe(true);
    expect(canTransition('in_progress', 'completed')).toBe(true);
    expect(canTransition('completed', 'reported')).toBe(true);
    expect(canTransition('completed', 'in_progress')).toBe(false);
    expect(canTransition('in_progress', 'cancelled')).toBe(false);
  });

  it('closes a visit as reported, rejected or cancelled, with no way out', () => {
    expect([...closedStatuses].sort()).toEqual(['cancelled', 'rejected', 'reported']);
    for (const closed of closedStatuses) {
      for (const status of delegationStatuses) expect(canTransition(closed, status)).toBe(false);
    }
  });

  it('can reach every status from registered', () => {
    const reached = new Set(['registered']);
    const queue = ['registered'] as (typeof delegationStatuses)[number][];
    while (queue.length > 0) {
      for (const next of allowedTransitions(queue.shift() ?? 'registered')) {
        if (reached.has(next)) continue;
        reached.add(next);
        queue.push(next);
      }
    }
    expect([...reached].sort()).toEqual([...delegationStatuses].sort());
  });
});
