import { type Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/**
 * cdk-nag findings we accept, each with the reason a reviewer would need. Everything else must be
 * fixed: the infra tests fail on any unacknowledged finding.
 */
export function acknowledgeFindings(stack: Stack): void {
  Validations.of(stack).acknowledge({
    id: 'AwsSolutions::AwsSolutions-COG8',
    reason:
      'The Plus plan (threat protection) is not needed yet: there is no self sign-up, MFA is required and ' +
      "accounts are created by the Department's administrator only.",
  });
}

/**
 * A function's role: only its X-Ray statement has `Resource: "*"` (the infra tests check that every
 * such statement holds X-Ray actions only), acknowledged on this role alone, not the whole stack.
 */
export function acknowledgeTracing(role: IConstruct): void {
  Validations.of(role).acknowledge({
    id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
    reason:
      'X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords) has no resource-level permissions.',
  });
  Validations.of(role).acknowledge({
    id: 'Serverless::Serverless-LambdaStarPermissions',
    reason:
      "No action is a wildcard; the resource wildcards are X-Ray's \"*\" (no resource-level permissions), the table's indexes and the dossier's object prefix. The infra tests hold every role to these.",
  });
}

/** Why a function has no Lambda dead-letter queue: how it is invoked decides where failures go. */
const noFunctionDlq = {
  http: 'Invoked synchronously by the HTTP API: the caller receives the error; a Lambda DLQ applies to asynchronous invocations only.',
  events:
    "Invoked by an SQS event source mapping: a failed message returns to the queue and moves to the queue's dead-letter queue after five receives.",
  queue:
    "Invoked by an SQS event source mapping: a failed message returns to the queue and moves to the queue's dead-letter queue after five receives.",
  schedule:
    'Invoked asynchronously by EventBridge Scheduler: failures go to the on-failure destination (the same dead-letter queue), the successor of a function DLQ.',
  bucket:
    "Invoked asynchronously by an EventBridge rule: the rule's target retries and then parks the event in its own dead-letter queue (alarmed on); the console's confirmation does the same work anyway.",
} as const;

/** cdk-nag's Serverless pack on one function, with the reason its trigger gives. */
export function acknowledgeServerlessFindings(fn: IConstruct, trigger: keyof typeof noFunctionDlq): void {
  Validations.of(fn).acknowledge({ id: 'Serverless::Serverless-LambdaDLQ', reason: noFunctionDlq[trigger] });
  if (trigger === 'events' || trigger === 'queue') {
    Validations.of(fn).acknowledge({
      id: 'Serverless::Serverless-LambdaEventSourceMappingDestination',
      reason:
        'An SQS source: failed messages go back to the queue and on to its dead-letter queue; on-failure destinations exist only for stream and Kafka sources.',
    });
  }
}

/** A dead-letter queue has none of its own: its messages are alarmed on and replayed by a person. */
export function acknowledgeDeadLetterQueue(queue: IConstruct): void {
  Validations.of(queue).acknowledge({
    id: 'Serverless::Serverless-SQSRedrivePolicy',
    reason:
      'This queue is itself a dead-letter queue: any message in it raises an alarm, and a person replays it after the fix.',
  });
}

/** Findings cdk-nag raises on every schedule's target, each with why it is acceptable. */
export function acknowledgeSchedulerFindings(
  deadLetters: IConstruct,
  role: IConstruct,
  functionLogicalId: string,
): void {
  Validations.of(deadLetters).acknowledge({
    id: 'AwsSolutions::AwsSolutions-SQS3',
    reason:
      "This queue is itself the dead-letter queue of the EventBridge Scheduler target (the schedule's DeadLetterConfig).",
  });
  Validations.of(role).acknowledge({
    id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${functionLogicalId}.Arn>:*]`,
    reason:
      "CDK's grantInvoke lets the scheduler invoke any version of this one function; it can invoke no other function.",
  });
}

/** The function CDK's AwsCustomResource runs for the deploy-time directory seed (one PutItem per list). */
export function acknowledgeSeedProvider(provider: IConstruct): void {
  const validations = Validations.of(provider);
  validations.acknowledge({
    id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason:
      "CDK's custom-resource provider writes its own logs with the basic execution policy; its table and key permissions are inline and name the table and key.",
  });
  validations.acknowledge({
    id: 'Serverless::Serverless-LambdaDLQ',
    reason:
      'Invoked synchronously by CloudFormation during a deploy: a failure fails (and rolls back) the deployment, nothing is lost.',
  });
  validations.acknowledge({
    id: 'Serverless::Serverless-LambdaTracing',
    reason:
      'Runs once per deploy for one PutItem per directory; its outcome is in the CloudFormation events.',
  });
}
