/** The steps a visit's page shows, in every lifecycle state, from the stored record alone. */
import { describe, expect, it } from 'vitest';
import type { Delegation } from '../../shared/domain/delegation';
import { progressOf } from '../../shared/domain/progress';

const actor = { sub: 'u', name: 'Nguyễn Văn An', roles: ['leadership'] } as Delegation['createdBy'];
const base = {
  createdAt: '2026-12-01T02:00:00.000Z',
  visit: { arrival: '2026-12-20T08:30:00+07:00', departure: '2026-12-21T17:00:00+07:00' },
} as Pick<Delegation, 'createdAt' | 'visit'>;
const checked = (outcome: string) => ({
  compliance: { reportVersion: 1, outcome, checkedAt: '2026-12-01T02:00:05.000Z' },
});
const decided = (decision: 'approve' | 'reject') => ({
  decision: { decision, decidedBy: actor, decidedAt: '2026-12-02T03:00:00.000Z' },
});
const report = {
  visitReport: { submittedAt: '2026-12-23T02:00:00.000Z' },
} as unknown as Pick<Delegation, 'visitReport'>;

/** Each step as `key:state`, the way a reader scans the stepper. */
const states = (visit: Parameters<typeof progressOf>[0]) =>
  progressOf(visit).map((step) => `${step.key}:${step.state}`);

describe('Where a visit stands', () => {
  it.each([
    [
      'just registered: being checked',
      { status: 'registered' },
      [
        'received:done',
        'checked:current',
        'waiting:pending',
        'approved:pending',
        'under_way:pending',
        'reported:pending',
      ],
    ],
    [
      'cleared with nothing to wait for: approved by the check itself',
      { status: 'cleared', ...checked('cleared') },
      [
        'received:done',
        'checked:done',
        'waiting:skipped',
        'approved:done',
        'under_way:pending',
        'reported:pending',
      ],
    ],
    [
      'cleared but a permit is missing: waiting for it',
      { status: 'cleared', ...checked('awaiting_permits') },
      [
        'received:done',
        'checked:done',
        'waiting:current',
        'approved:pending',
        'under_way:pending',
        'reported:pending',
      ],
    ],
    [
      'meetings booked while a permit is still missing: still waiting for it',
      { status: 'scheduled', ...checked('awaiting_permits') },
      [
        'received:done',
        'checked:done',
        'waiting:current',
        'approved:pending',
        'under_way:pending',
        'reported:pending',
      ],
    ],
    [
      'waiting for leadership',
      { status: 'approval_required', ...checked('approval_required') },
      [
        'received:done',
        'checked:done',
        'waiting:current',
        'approved:pending',
        'under_way:pending',
        'reported:pending',
      ],
    ],
    [
      'approved by leadership',
      { status: 'approved', ...checked('approval_required'), ...decided('approve') },
      [
        'received:done',
        'checked:done',
        'waiting:done',
        'approved:done',
        'under_way:pending',
        'reported:pending',
      ],
    ],
    [
      'refused by leadership',
      { status: 'rejected', ...checked('blocked'), ...decided('reject') },
      [
        'received:done',
        'checked:done',
        'waiting:done',
        'approved:failed',
        'under_way:pending',
        'reported:pending',
      ],
    ],
    [
      'under way',
      { status: 'in_progress', ...checked('cleared') },
      [
        'received:done',
        'checked:done',
        'waiting:skipped',
        'approved:done',
        'under_way:current',
        'reported:pending',
      ],
    ],
    [
      'over, its report to file',
      { status: 'completed', ...checked('cleared') },
      [
        'received:done',
        'checked:done',
        'waiting:skipped',
        'approved:done',
        'under_way:done',
        'reported:current',
      ],
    ],
    [
      'reported',
      { status: 'reported', ...checked('cleared'), ...report },
      [
        'received:done',
        'checked:done',
        'waiting:skipped',
        'approved:done',
        'under_way:done',
        'reported:done',
      ],
    ],
    [
      'edited after approval: checked again',
      { status: 'under_review', ...checked('cleared'), ...decided('approve') },
      [
        'received:done',
        'checked:current',
        'waiting:done',
        'approved:done',
        'under_way:pending',
        'reported:pending',
      ],
    ],
  ])('%s', (_what, visit, expected) => {
    expect(states({ ...base, ...visit } as Parameters<typeof progressOf>[0])).toEqual(expected);
  });

  it('gives each step its date: received, checked, decided, the arrival, the report', () => {
    const steps = progressOf({
      ...base,
      status: 'reported',
      ...checked('approval_required'),
      ...decided('approve'),
      ...report,
    } as Parameters<typeof progressOf>[0]);
    expect(steps.map((step) => step.at)).toEqual([
      base.createdAt,
      '2026-12-01T02:00:05.000Z',
      '2026-12-02T03:00:00.000Z',
      '2026-12-02T03:00:00.000Z',
      base.visit.arrival,
      '2026-12-23T02:00:00.000Z',
    ]);
    expect(steps.map((step) => step.titleVi)).toEqual([
      'Tiếp nhận',
      'Kiểm tra theo quy định',
      'Ý kiến lãnh đạo',
      'Đã duyệt',
      'Đã diễn ra',
      'Đã báo cáo',
    ]);
  });

  it('ends a cancelled visit where it stood, with the date and the reason', () => {
    const cancellation = {
      reason: 'Đối tác hoãn chuyến thăm',
      cancelledBy: actor,
      cancelledAt: '2026-12-05T01:00:00.000Z',
    };
    const approved = progressOf({
      ...base,
      status: 'cancelled',
      ...checked('cleared'),
      cancellation,
    } as Parameters<typeof progressOf>[0]);
    expect(approved.map((step) => step.state)).toEqual([
      'done',
      'done',
      'skipped',
      'done',
      'failed',
      'pending',
    ]);
    expect(approved[4]).toMatchObject({
      titleVi: 'Đã hủy',
      at: cancellation.cancelledAt,
      noteVi: cancellation.reason,
    });
    const unchecked = progressOf({ ...base, status: 'cancelled', cancellation } as Parameters<
      typeof progressOf
    >[0]);
    expect(unchecked.map((step) => step.state)).toEqual([
      'done',
      'failed',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
  });
});
