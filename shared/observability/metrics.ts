import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { logger } from './logger';
import { type BusinessMetric, METRICS_NAMESPACE, SERVICE_NAME } from './names';

export type { BusinessMetric } from './names';

/** Powertools' own messages go to our logger; an invocation that counted nothing is normal, not a warning. */
const metricsLog = {
  debug: (message: string) => logger.debug(message),
  info: (message: string) => logger.info(message),
  warn: (message: string) =>
    message.startsWith('No application metrics') ? logger.debug(message) : logger.warn(message),
  error: (message: string) => logger.error(message),
};

/**
 * Business metrics in CloudWatch (Embedded Metric Format), flushed once per invocation by the
 * `logMetrics` middleware (see lambda-middlewares.ts); off locally with POWERTOOLS_METRICS_DISABLED.
 */
export const metrics = new Metrics({
  namespace: METRICS_NAMESPACE,
  serviceName: SERVICE_NAME,
  logger: metricsLog,
});

export function countMetric(name: BusinessMetric, value = 1): void {
  metrics.addMetric(name, MetricUnit.Count, value);
}

/** The metrics port of the use cases, backed by the Powertools singleton. */
export const cloudWatchMetrics: { count(name: BusinessMetric, value?: number): void } = {
  count: countMetric,
};
