import type { Delegation } from '../../domain/delegation';
import type { DelegationStatus } from '../../domain/status';

/** Whole result sets for reports and scheduled jobs. */
export interface ReportSource {
  /** Every delegation arriving in [from, to] (local dates). */
  arriving(from: string, to: string): Promise<Delegation[]>;
  /** Every delegation in `status`, those arriving by `arrivedBy` when given. */
  inStatus(status: DelegationStatus, arrivedBy?: Date): Promise<Delegation[]>;
  meetingCount(delegationId: string): Promise<number>;
}
