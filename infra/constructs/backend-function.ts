import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { AssetHashType, DockerImage, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  Architecture,
  Code,
  Function as LambdaFunction,
  LoggingFormat,
  Runtime,
  Tracing,
} from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { FunctionSpec } from '../../shared/manifest';
import { SERVICE_NAME } from '../../shared/observability/names';
import { acknowledgeTracing } from '../nag-acknowledgements';
import { InlinePolicyRole } from './inline-policy-role';

export interface BackendFunctionProps {
  spec: FunctionSpec;
  /** Absolute path of the repository root, where the manifest's entries are relative to. */
  projectRoot: string;
  environment: Record<string, string>;
  /** Prod keeps a deleted function's logs; dev removes them with the stack. */
  logRemovalPolicy?: RemovalPolicy;
}

/**
 * The function's code, bundled on this machine by `bundleFunction` (see bundling.ts), the same
 * build the benchmark and the bundle tests measure. Hashed by its output, so an unchanged bundle
 * is not uploaded again.
 */
function bundledCode(projectRoot: string, entry: string): Code {
  return Code.fromAsset(projectRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      // Never used: the local build below always runs or fails the synth. The command names the
      // entry, which also keys CDK's asset cache: without it every function would get one bundle.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24'),
      command: ['node', '--import', 'tsx', 'infra/constructs/build-function.ts', entry, '/asset-output'],
      local: {
        tryBundle(outputDir) {
          execFileSync(
            process.execPath,
            ['--import', 'tsx', join(projectRoot, 'infra/constructs/build-function.ts'), entry, outputDir],
            { cwd: projectRoot, stdio: 'inherit' },
          );
          return true;
        },
      },
    },
  });
}

/**
 * The defaults every function shares: Node.js 24 on ARM64, X-Ray tracing, JSON logs in the
 * functions' log group, and a minified ESM bundle with the AWS SDK clients inside (bundled clients initialise
 * faster than the runtime's copy).
 */
export class BackendFunction extends LambdaFunction {
  constructor(
    scope: Construct,
    id: string,
    { spec, projectRoot, environment, logRemovalPolicy }: BackendFunctionProps,
  ) {
    const logGroup = functionLogs(scope, logRemovalPolicy ?? RemovalPolicy.RETAIN);
    // An own role instead of AWSLambdaBasicExecutionRole: it may write to the functions' log group only.
    const role = new InlinePolicyRole(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${spec.name}`,
    });
    logGroup.grantWrite(role);
    acknowledgeTracing(role);
    super(scope, id, {
      role,
      code: bundledCode(projectRoot, spec.entry),
      handler: 'index.handler',
      description: spec.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memoryMb ?? 512,
      timeout: Duration.seconds(spec.timeoutSeconds ?? 10),
      tracing: Tracing.ACTIVE,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: {
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...environment,
      },
    });
  }
}

/**
 * One log group for every function, kept a year: Lambda names each stream after its function
 * (YYYY/MM/DD/<function>[version]…), so nothing is lost, and a new function costs no log-group
 * resource of the stack's 500 (one group per function took 52 of them).
 */
function functionLogs(scope: Construct, removalPolicy: RemovalPolicy): LogGroup {
  const stack = Stack.of(scope);
  return (
    (stack.node.tryFindChild('FunctionLogs') as LogGroup | undefined) ??
    new LogGroup(stack, 'FunctionLogs', { retention: RetentionDays.ONE_YEAR, removalPolicy })
  );
}
