import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { MiddlewareObj } from '@middy/core';
import { logger } from './logger';
import { metrics } from './metrics';

/**
 * What every function kind puts around its handler: the Lambda context in each log line with the
 * keys of an earlier invocation reset, and the invocation's metrics (with a cold-start count)
 * flushed once at its end, also when it fails.
 */
export const observability = (): MiddlewareObj[] => [
  injectLambdaContext(logger, { resetKeys: true }),
  logMetrics(metrics, { captureColdStartMetric: true }),
];
