import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { tableDesign } from '../shared/adapters/table-design';
import type { FunctionAccess, TableWrite } from '../shared/manifest';

/** No Scan: every read is a key or index query, so cost never grows with the table. */
const TABLE_READS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'];
/** An index answers queries only. */
const INDEX_READS = ['dynamodb:Query'];
/** What a `readWrite` function writes unless its manifest entry says otherwise. */
const DEFAULT_WRITES: readonly TableWrite[] = ['PutItem', 'UpdateItem'];
/** What DynamoDB needs from the table's customer-managed key, spelled out (no `kms:*Encrypt*` wildcards). */
const KEY_READ_ACTIONS = ['kms:Decrypt', 'kms:DescribeKey'];
const KEY_WRITE_ACTIONS = [
  'kms:Encrypt',
  'kms:GenerateDataKey',
  'kms:GenerateDataKeyWithoutPlaintext',
  'kms:ReEncryptFrom',
  'kms:ReEncryptTo',
];

/**
 * Least-privilege table access: reads on the table and queries on each index by name; writes, only
 * those the manifest names, on the table alone (writes to an index ARN mean nothing).
 */
export function grantTable(grantee: IGrantable, table: Table, key: Key, access: FunctionAccess): void {
  const write = access.table === 'readWrite';
  const principal = grantee.grantPrincipal;
  principal.addToPrincipalPolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: [
        ...TABLE_READS,
        ...(write ? (access.tableWrites ?? DEFAULT_WRITES).map((action) => `dynamodb:${action}`) : []),
      ],
      resources: [table.tableArn],
    }),
  );
  principal.addToPrincipalPolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: INDEX_READS,
      resources: tableDesign.indexes.map((index) => `${table.tableArn}/index/${index.name}`),
    }),
  );
  principal.addToPrincipalPolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: write ? [...KEY_READ_ACTIONS, ...KEY_WRITE_ACTIONS] : KEY_READ_ACTIONS,
      resources: [key.keyArn],
    }),
  );
}
