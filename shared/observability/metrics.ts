import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** Business metrics in CloudWatch (Embedded Metric Format); off locally with POWERTOOLS_METRICS_DISABLED. */
const metrics = new Metrics({ namespace: 'HungYenDelegations', serviceName: 'delegations' });

export type BusinessMetric =
  | 'DelegationsRegistered'
  | 'ComplianceCleared'
  | 'ComplianceApprovalRequired'
  | 'ComplianceBlocked'
  | 'EmailsSent'
  | 'EmailsFailed'
  | 'EmailsSuppressed'
  | 'ScheduledItemsSkipped'
  /** Items whose events are still unpublished after a sweep: the bus has been failing for minutes. */
  | 'OutboxBacklog';

export function countMetric(name: BusinessMetric, value = 1): void {
  metrics.addMetric(name, MetricUnit.Count, value);
  metrics.publishStoredMetrics();
}
