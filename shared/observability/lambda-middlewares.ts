import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import type { MiddlewareObj } from '@middy/core';
import * as z from 'zod';
import { logger } from './logger';
import { metrics } from './metrics';
import { mapStackTraces } from './stack-traces';

/**
 * zod compiles a parser for each object schema the first time it parses one (`new Function`): worth
 * it over thousands of parses, a loss for a cold function that parses each schema a handful of
 * times. Measured on the registration's event and delegation: first parses 13–24 ms compiled, 5–6 ms
 * interpreted; 200 more parses within 3 ms either way. Every function kind uses this module.
 */
z.config({ jitless: true });
mapStackTraces();

/**
 * What every function kind puts around its handler: the Lambda context in each log line with the
 * keys of an earlier invocation reset, and the invocation's metrics (with a cold-start count)
 * flushed once at its end, also when it fails.
 */
export const observability = (): MiddlewareObj[] => [
  injectLambdaContext(logger, { resetKeys: true }),
  logMetrics(metrics, { captureColdStartMetric: true }),
];
