import type { BusinessMetric } from '../../observability/names';

/** Business counts a use case reports (CloudWatch in AWS); tests read them from a fake. */
export interface Metrics {
  count(name: BusinessMetric, value?: number): void;
}
