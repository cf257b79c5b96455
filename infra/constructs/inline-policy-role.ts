import {
  type AddToPrincipalPolicyResult,
  PolicyDocument,
  type PolicyStatement,
  Role,
  type RoleProps,
} from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';

/**
 * A role whose grants go into its own inline policy instead of a separate AWS::IAM::Policy: IAM
 * treats both as the same inline policy (same size limit), but the separate resource costs one of
 * CloudFormation's 500 per function. Used where nothing the role's policy names refers back to the
 * role, so the separate resource is not needed to break a cycle (tests/infra/stack.test.ts checks
 * the template has none).
 */
export class InlinePolicyRole extends Role {
  private readonly statements: PolicyDocument;

  constructor(scope: Construct, id: string, props: RoleProps) {
    const grants = new PolicyDocument();
    super(scope, id, { ...props, inlinePolicies: { ...props.inlinePolicies, Grants: grants } });
    this.statements = grants;
  }

  override addToPrincipalPolicy(statement: PolicyStatement): AddToPrincipalPolicyResult {
    this.statements.addStatements(statement);
    return { statementAdded: true, policyDependable: this };
  }
}
