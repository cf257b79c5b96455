/**
 * Permissions from behaviour: every AWS call a function made while the integration suite ran on
 * the local stack (recorded by infra/local/sdk-call-recorder.ts) must be allowed by that function's
 * IAM policy in the synthesized template, and every data-plane write the policy allows must have
 * been used. Runs after the main suite (`npm test`), which writes the records to SDK_CALLS_DIR.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../infra/app-factory';
import type { SdkCall } from '../../infra/local/sdk-call-recorder';
import { functionSpecs } from '../../shared/manifest';
import { OPERATORS } from '../support/operators';
import { SDK_CALLS_DIR } from '../support/sdk-calls';

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** The template's resource expressions, named as the recorder names what a call targets. */
function resourceName(resource: unknown, ids: { table: string; bus: string }): string {
  if (resource === '*') return '*';
  const text = JSON.stringify(resource);
  const index = text.match(/\/index\/([\w-]+)/);
  if (text.includes(`"${ids.table}"`)) return index ? `table/index/${index[1]}` : 'table';
  if (text.includes(`"${ids.bus}"`)) return 'bus';
  if (text.includes(':identity/')) return 'ses-identity';
  if (text.includes(':configuration-set/')) return 'ses-configuration-set';
  return text;
}

/** The data-plane actions this test judges (logs, X-Ray, KMS and queue polling are the platform's). */
const judged = (action: string) => /^(dynamodb|events|ses):/.test(action);
const isWrite = (action: string) =>
  /^dynamodb:(PutItem|UpdateItem|DeleteItem|BatchWriteItem)$|^events:PutEvents$|^ses:Send/.test(action);

let calls: SdkCall[] = [];
/** Per function: the (action, resource) pairs its policy allows. */
let allowed: Map<string, { action: string; resource: string }[]>;

beforeAll(() => {
  const files = existsSync(SDK_CALLS_DIR) ? readdirSync(SDK_CALLS_DIR) : [];
  const unique = new Map<string, SdkCall>();
  for (const file of files)
    for (const call of JSON.parse(readFileSync(join(SDK_CALLS_DIR, file), 'utf8')) as SdkCall[])
      unique.set(`${call.function} ${call.action} ${call.resource}`, call);
  calls = [...unique.values()];

  const { stack } = createApp({
    outdir: mkdtempSync(join(tmpdir(), 'cdk-permissions-')),
    context: { 'aws:cdk:bundling-stacks': [], stage: 'prod', alarmEmails: OPERATORS },
  });
  const resources = Template.fromStack(stack).toJSON().Resources as Record<string, any>;
  const idOf = (type: string) => Object.keys(resources).find((id) => resources[id].Type === type) ?? '';
  const ids = { table: idOf('AWS::DynamoDB::Table'), bus: idOf('AWS::Events::EventBus') };
  allowed = new Map(
    functionSpecs.map((spec) => {
      const fn = Object.values(resources).find(
        (resource) =>
          resource.Type === 'AWS::Lambda::Function' && resource.Properties.Description === spec.description,
      );
      const role = fn?.Properties.Role['Fn::GetAtt'][0];
      // The role's own inline policy (infra/constructs/inline-policy-role.ts) and any policy attached to it.
      const statements: Statement[] = [
        ...(resources[role]?.Properties.Policies ?? []).flatMap(
          (policy: { PolicyDocument: { Statement: Statement[] } }) => policy.PolicyDocument.Statement,
        ),
        ...Object.values(resources)
          .filter(
            (resource) =>
              resource.Type === 'AWS::IAM::Policy' &&
              JSON.stringify(resource.Properties.Roles).includes(`"${role}"`),
          )
          .flatMap((policy) => policy.Properties.PolicyDocument.Statement),
      ];
      return [
        spec.name,
        statements
          .filter((statement) => statement.Effect === 'Allow')
          .flatMap((statement) =>
            [statement.Action]
              .flat()
              .flatMap((action) =>
                [statement.Resource]
                  .flat()
                  .map((resource) => ({ action, resource: resourceName(resource, ids) })),
              ),
          ),
      ];
    }),
  );
});

const permits = (grants: { action: string; resource: string }[], call: SdkCall) =>
  grants.some(
    (grant) =>
      (grant.action === call.action || grant.action === `${call.action.split(':')[0]}:*`) &&
      (grant.resource === call.resource || grant.resource === '*'),
  );

describe('Each function may do in AWS what it did on the local stack, and no more', () => {
  it('has the calls of a whole run of the suite to judge', () => {
    expect(calls.length, `no recorded calls in ${SDK_CALLS_DIR}: run \`npm test\``).toBeGreaterThan(0);
    const silent = functionSpecs
      .filter((spec) => !calls.some((call) => call.function === spec.name))
      .map((spec) => spec.name);
    // Every function reads or writes something: one with no recorded call was never exercised.
    expect(silent).toEqual([]);
  });

  it.each(functionSpecs.map((spec) => [spec.name]))(
    '%s: every call it made is allowed by its policy',
    (name) => {
      const refused = calls.filter(
        (call) => call.function === name && !permits(allowed.get(name) ?? [], call),
      );
      expect(refused).toEqual([]);
    },
  );

  it.each(functionSpecs.map((spec) => [spec.name]))('%s: every write its policy allows, it uses', (name) => {
    const made = calls.filter((call) => call.function === name);
    const unused = (allowed.get(name) ?? []).filter(
      (grant) =>
        judged(grant.action) &&
        !made.some((call) => call.action === grant.action && call.resource === grant.resource),
    );
    const reads = unused.filter((grant) => !isWrite(grant.action));
    if (reads.length > 0) {
      const byAction = Map.groupBy(reads, (grant) => grant.action);
      const list = [...byAction].map(
        ([action, grants]) => `${action} on ${grants.map((g) => g.resource).join(', ')}`,
      );
      console.warn(`${name} may read but did not in the suite: ${list.join('; ')}`);
    }
    expect(unused.filter((grant) => isWrite(grant.action))).toEqual([]);
  });
});
