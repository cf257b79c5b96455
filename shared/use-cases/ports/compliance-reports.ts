import type { ComplianceReport } from '../../compliance/engine';

export interface StoredReport {
  report: ComplianceReport;
  /** Set once Delegation.ComplianceChecked went out, so a replayed event publishes nothing. */
  publishedAt?: string;
  /** Set when the delegation changed before this report could set its status. */
  superseded?: boolean;
}

/** One report per checked delegation version: an older version's never overwrites a newer one's. */
export interface ComplianceReports {
  /** Stores the report unless one exists for its version; the stored one either way. */
  putIfAbsent(report: ComplianceReport): Promise<StoredReport>;
  latest(delegationId: string): Promise<StoredReport | undefined>;
  mark(
    delegationId: string,
    version: number,
    mark: { publishedAt: string } | { superseded: true },
  ): Promise<void>;
}
