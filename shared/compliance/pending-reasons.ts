import type { Finding } from './finding';

export type PendingReason = Pick<Finding, 'ruleId' | 'message' | 'dueDate'> & {
  severity: 'approval_required' | 'blocking';
};

/** The findings that keep a visit waiting: those leadership decides on, and those that block it. */
export const reasonsOf = (
  findings: readonly Pick<Finding, 'ruleId' | 'severity' | 'message' | 'dueDate'>[],
): PendingReason[] =>
  findings.flatMap(({ ruleId, severity, message, dueDate }) =>
    severity === 'approval_required' || severity === 'blocking'
      ? [{ ruleId, severity, message, dueDate }]
      : [],
  );
