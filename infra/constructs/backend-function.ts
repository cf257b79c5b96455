import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, LoggingFormat, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { FunctionSpec } from '../../shared/manifest';
import { acknowledgeTracing } from '../nag-acknowledgements';
import { bundling } from './bundling';

export interface BackendFunctionProps {
  spec: FunctionSpec;
  /** Absolute path of the repository root, where the manifest's entries are relative to. */
  projectRoot: string;
  environment: Record<string, string>;
  /** Prod keeps a deleted function's logs; dev removes them with the stack. */
  logRemovalPolicy?: RemovalPolicy;
}

/**
 * The defaults every function shares: Node.js 24 on ARM64, X-Ray tracing, JSON logs in a log group
 * of its own, and a minified ESM bundle built by the local esbuild with the AWS SDK clients inside
 * (bundled clients initialise faster than the runtime's copy).
 */
export class BackendFunction extends NodejsFunction {
  constructor(
    scope: Construct,
    id: string,
    { spec, projectRoot, environment, logRemovalPolicy }: BackendFunctionProps,
  ) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: logRemovalPolicy ?? RemovalPolicy.RETAIN,
    });
    // An own role instead of AWSLambdaBasicExecutionRole: it may write to this log group only.
    const role = new Role(scope, `${id}Role`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${spec.name}`,
    });
    logGroup.grantWrite(role);
    acknowledgeTracing(role);
    super(scope, id, {
      role,
      entry: `${projectRoot}/${spec.entry}`,
      projectRoot,
      depsLockFilePath: `${projectRoot}/package-lock.json`,
      handler: 'handler',
      description: spec.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: spec.memoryMb ?? 512,
      timeout: Duration.seconds(spec.timeoutSeconds ?? 10),
      tracing: Tracing.ACTIVE,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'delegations',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        ...environment,
      },
      bundling: {
        minify: bundling.minify,
        sourceMap: bundling.sourceMap,
        sourcesContent: false,
        format: OutputFormat.ESM,
        target: bundling.target,
        mainFields: [...bundling.mainFields],
        externalModules: [],
        banner: bundling.banner,
        esbuildArgs: Object.fromEntries(
          Object.entries(bundling.alias).map(([name, path]) => [`--alias:${name}`, path]),
        ),
      },
    });
  }
}
