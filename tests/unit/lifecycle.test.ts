/**
 * The lifecycle module derives each set from the transition table; these are the sets written out by
 * hand, so a change to the table that moves one shows here.
 */
import { describe, expect, it } from 'vitest';
import * as lifecycle from '../../shared/domain/lifecycle';

describe('What may happen to a visit in each status', () => {
  it.each([
    ['awaitingCheck', ['registered', 'under_review']],
    ['checkOutcomes', ['cleared', 'approval_required', 'blocked']],
    ['editable', ['registered', 'cleared', 'approval_required', 'blocked', 'approved', 'scheduled']],
    [
      'cancellable',
      ['registered', 'under_review', 'cleared', 'approval_required', 'blocked', 'approved', 'scheduled'],
    ],
    ['waitingForLeadership', ['approval_required', 'blocked']],
    ['approvable', ['approval_required']],
    ['startable', ['cleared', 'approved', 'scheduled']],
    ['underWay', ['in_progress']],
    ['bookable', ['cleared', 'approved', 'scheduled', 'in_progress']],
    ['beforeFirstMeeting', ['cleared', 'approved']],
    ['closed', ['rejected', 'reported', 'cancelled']],
    [
      'open',
      [
        'registered',
        'under_review',
        'cleared',
        'approval_required',
        'blocked',
        'approved',
        'scheduled',
        'in_progress',
        'completed',
      ],
    ],
    ['closedBeforeVisit', ['rejected', 'cancelled']],
    ['awaitingReport', ['completed']],
    [
      'recheckable',
      [
        'registered',
        'under_review',
        'cleared',
        'approval_required',
        'blocked',
        'approved',
        'scheduled',
        'in_progress',
      ],
    ],
    ['keptOnRecheck', ['registered', 'under_review', 'approved', 'scheduled', 'in_progress']],
    ['decidedOrOn', ['approved', 'scheduled', 'in_progress']],
    [
      'notStarted',
      ['registered', 'under_review', 'cleared', 'approval_required', 'blocked', 'approved', 'scheduled'],
    ],
  ] as const)('%s: %o', (name, statuses) => {
    // biome-ignore lint/performance/noDynamicNamespaceImportAccess: each set, read by its name
    expect([...lifecycle[name]].sort()).toEqual([...statuses].sort());
  });
});
