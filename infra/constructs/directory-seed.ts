import { marshall } from '@aws-sdk/util-dynamodb';
import { Stack } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import {
  AwsCustomResource,
  AwsCustomResourcePolicy,
  type AwsSdkCall,
  PhysicalResourceId,
} from 'aws-cdk-lib/custom-resources';
import { Construct } from 'constructs';
import { directoryItem } from '../../shared/adapters/directory-repository';
import type { StageConfig } from '../config/schema';
import { acknowledgeSeedProvider } from '../nag-acknowledgements';

/** The id CDK gives AwsCustomResource's singleton provider function. */
const PROVIDER_ID = 'AWS679f53fac002430cb0da5b7982bd2287';

export interface DirectorySeedProps {
  table: Table;
  key: Key;
  directories: StageConfig['directories'];
}

/**
 * Writes the stage's directories (agencies with their real addresses, divisions, rooms, officials)
 * on deploy, each only if the table has no such list yet: what admin saved is never overwritten,
 * and a directory once seeded belongs to admin (a later change to the file does not replace it).
 */
export class DirectorySeed extends Construct {
  /** The PutItem each list is written with, by directory name (the tests replay them locally). */
  readonly calls = new Map<string, AwsSdkCall>();

  constructor(scope: Construct, id: string, { table, key, directories }: DirectorySeedProps) {
    super(scope, id);
    for (const [name, items] of Object.entries(directories) as [string, readonly unknown[] | undefined][]) {
      if (!items) continue;
      const call: AwsSdkCall = {
        service: 'DynamoDB',
        action: 'putItem',
        parameters: {
          TableName: table.tableName,
          Item: marshall(directoryItem(name, items, 1), { removeUndefinedValues: true }),
          ConditionExpression: 'attribute_not_exists(pk)',
        },
        physicalResourceId: PhysicalResourceId.of(`directory-seed-${name}`),
        // The list is already there (admin's or an earlier seed): nothing to do.
        ignoreErrorCodesMatching: 'ConditionalCheckFailedException',
      };
      this.calls.set(name, call);
      const seed = new AwsCustomResource(this, `Seed${name[0]?.toUpperCase()}${name.slice(1)}`, {
        onCreate: call,
        onUpdate: call,
        installLatestAwsSdk: false,
        memorySize: 256,
        policy: AwsCustomResourcePolicy.fromStatements([
          new PolicyStatement({ actions: ['dynamodb:PutItem'], resources: [table.tableArn] }),
          new PolicyStatement({
            actions: ['kms:Encrypt', 'kms:GenerateDataKey', 'kms:Decrypt'],
            resources: [key.keyArn],
          }),
        ]),
      });
      seed.node.addDependency(table);
    }
    // The provider is one function per stack, shared by every AwsCustomResource.
    const provider = Stack.of(this).node.tryFindChild(PROVIDER_ID);
    if (provider) acknowledgeSeedProvider(provider);
  }
}
