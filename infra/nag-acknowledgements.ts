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
