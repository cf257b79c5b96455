/** The names CloudWatch knows the backend by: read by the functions and by the monitoring stack. */
export const SERVICE_NAME = 'delegations';
export const METRICS_NAMESPACE = 'HungYenDelegations';

/** The business metrics the functions emit (EMF), each shown on the dashboard. */
export const BUSINESS_METRICS = [
  'DelegationsRegistered',
  'ComplianceCleared',
  'ComplianceAwaitingPermits',
  'ComplianceApprovalRequired',
  'ComplianceBlocked',
  'EmailsSent',
  'EmailsFailed',
  'EmailsSuppressed',
  'EmailsUnchanged',
  'ScheduledItemsSkipped',
  /** Items whose events are still unpublished after a sweep: the bus has been failing for minutes. */
  'OutboxBacklog',
] as const;
export type BusinessMetric = (typeof BUSINESS_METRICS)[number];
