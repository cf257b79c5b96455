/** Lifecycle of a delegation, from registration to its closing states (reported, rejected, cancelled). */
export const delegationStatuses = [
  'registered',
  'under_review',
  'cleared',
  'approval_required',
  'blocked',
  'approved',
  'rejected',
  'scheduled',
  'in_progress',
  'completed',
  'reported',
  'cancelled',
] as const;

export type DelegationStatus = (typeof delegationStatuses)[number];

/** Before the visit starts, any change to a registration sends it back to review. */
const reviewable = ['under_review', 'cancelled'] as const;
const checkOutcomes = ['cleared', 'approval_required', 'blocked'] as const;

const transitions: Record<DelegationStatus, readonly DelegationStatus[]> = {
  registered: [...reviewable, ...checkOutcomes],
  under_review: [...checkOutcomes, 'cancelled'],
  // A cleared or approved visit may start without any meeting booked.
  cleared: [...reviewable, 'approved', 'rejected', 'scheduled', 'in_progress'],
  approval_required: [...reviewable, 'approved', 'rejected'],
  blocked: [...reviewable, 'rejected'],
  approved: [...reviewable, 'scheduled', 'in_progress'],
  scheduled: [...reviewable, 'in_progress'],
  in_progress: ['completed'],
  completed: ['reported'],
  rejected: [],
  reported: [],
  cancelled: [],
};

export const closedStatuses: readonly DelegationStatus[] = delegationStatuses.filter(
  (status) => transitions[status].length === 0,
);

export const canTransition = (from: DelegationStatus, to: DelegationStatus): boolean =>
  transitions[from].includes(to);

export const allowedTransitions = (from: DelegationStatus): readonly DelegationStatus[] => transitions[from];
