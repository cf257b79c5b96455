import { type Stack, Validations } from 'aws-cdk-lib';

/**
 * cdk-nag findings we accept, each with the reason a reviewer would need. Everything else must be
 * fixed: the infra tests fail on any unacknowledged finding.
 */
export function acknowledgeFindings(stack: Stack): void {
  Validations.of(stack).acknowledge(
    {
      id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords) has no resource-level permissions.',
    },
    {
      id: 'AwsSolutions::AwsSolutions-COG8',
      reason:
        'The Plus plan (threat protection) is not needed yet: there is no self sign-up, MFA is required and ' +
        "accounts are created by the Department's administrator only.",
    },
  );
}
