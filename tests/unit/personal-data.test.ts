import { describe, expect, it } from 'vitest';
import {
  addMonths,
  closedOn,
  erasureDueOn,
  holdsPersonalData,
  withoutPersonalData,
} from '../../shared/compliance/personal-data';
import { universityVisit as visit } from '../fixtures/documents';

const actor = { sub: 'u', roles: ['office'] };
const reported = {
  ...visit,
  status: 'reported' as const,
  visitReport: {
    summary: 'Đã làm việc',
    outcomes: [],
    agreementsSigned: [],
    followUpActions: [],
    submittedBy: actor,
    // 23:30 in Hà Nội on 20/01/2027 is still the 20th there.
    submittedAt: '2027-01-20T16:30:00.000Z',
  },
};

describe('When a visit’s passport numbers are erased', () => {
  it('counts the retention period from the day the visit closed, in Hà Nội', () => {
    expect(closedOn(reported)).toBe('2027-01-20');
    expect(erasureDueOn(reported, 24)).toBe('2029-01-20');
  });

  it('counts from the cancellation or the rejection for a visit that did not happen', () => {
    const cancelled = {
      ...visit,
      status: 'cancelled' as const,
      cancellation: { reason: 'Đối tác hoãn', cancelledBy: actor, cancelledAt: '2026-12-01T03:00:00.000Z' },
    };
    expect(erasureDueOn(cancelled, 24)).toBe('2028-12-01');
    const rejected = {
      ...visit,
      status: 'rejected' as const,
      decision: { decision: 'reject' as const, decidedBy: actor, decidedAt: '2026-12-02T03:00:00.000Z' },
    };
    expect(erasureDueOn(rejected, 6)).toBe('2027-06-02');
  });

  it('never erases a visit that is still open, whatever its dates', () => {
    for (const status of [
      'registered',
      'under_review',
      'cleared',
      'approved',
      'scheduled',
      'in_progress',
      'completed',
    ] as const)
      expect(erasureDueOn({ ...visit, status }, 24)).toBeUndefined();
  });

  it('lands on the last day of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2026-02-28', 24)).toBe('2028-02-28');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
  });

  it('keeps names, nationality and the number of members, and records when', () => {
    const erased = withoutPersonalData(reported, new Date('2029-01-20T19:00:00Z'));
    expect(holdsPersonalData(reported)).toBe(true);
    expect(holdsPersonalData(erased)).toBe(false);
    expect(erased.members.map((m) => [m.fullName, m.nationality])).toEqual(
      reported.members.map((m) => [m.fullName, m.nationality]),
    );
    expect(erased.personalDataErasedAt).toBe('2029-01-20T19:00:00.000Z');
    expect(erased.version).toBe(reported.version + 1);
  });
});
