import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { FunctionSpec } from '../../shared/manifest';

/** The Lambda context a handler receives, with the manifest's timeout as its deadline. */
export function lambdaContext(spec: FunctionSpec): Context {
  const deadline = Date.now() + (spec.timeoutSeconds ?? 10) * 1000;
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: spec.name,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:${spec.name}`,
    memoryLimitInMB: String(spec.memoryMb ?? 512),
    awsRequestId: randomUUID(),
    logGroupName: `/local/${spec.name}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}
