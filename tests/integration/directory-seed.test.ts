/**
 * The stage file's directories are written on deploy by a custom resource (one conditional PutItem
 * per list). These tests replay the exact calls the synthesized template holds against the local
 * DynamoDB server and read the lists back through the API, as admin's screens do.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, PutItemCommand, type PutItemCommandInput } from '@aws-sdk/client-dynamodb';
import { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../infra/app-factory';
import { defaultAgencies } from '../../shared/domain/agency-directory';
import { startTestStack, type TestStack } from '../support/local-stack';
import { OPERATORS } from '../support/operators';

const directories = {
  agencies: defaultAgencies.map((agency) =>
    agency.key === 'police' ? { ...agency, emails: [{ address: 'pa02@congan.hungyen.gov.vn' }] } : agency,
  ),
  rooms: [{ id: 'phong-hop-1', name: 'Phòng họp tầng 3', capacity: 30, active: true }],
  officials: [
    {
      id: 'giam-doc',
      honorific: 'Ông',
      fullName: 'Nguyễn Văn An',
      title: 'Giám đốc Sở',
      unit: 'Ban Giám đốc',
      active: true,
    },
  ],
};

type Call = { parameters: PutItemCommandInput; ignoreErrorCodesMatching: string };

/** The seed calls as CloudFormation would pass them, with the table's name in place of its Ref. */
function seedCalls(fileOverrides: Record<string, unknown>, tableName: string): Map<string, Call> {
  const { stack } = createApp(
    {
      outdir: mkdtempSync(join(tmpdir(), 'cdk-seed-')),
      context: { 'aws:cdk:bundling-stacks': [], stage: 'prod', alarmEmails: OPERATORS },
    },
    fileOverrides,
  );
  const seeds = Object.values(
    Template.fromStack(stack).findResources('Custom::AWS') as Record<string, { Properties: any }>,
  );
  return new Map(
    seeds.map((seed) => {
      const [, parts] = seed.Properties.Create['Fn::Join'] as [string, unknown[]];
      const json = parts.map((part) => (typeof part === 'string' ? part : tableName)).join('');
      const call = JSON.parse(json) as Call;
      return [(call.parameters.Item?.pk?.S ?? '').replace('DIRECTORY#', ''), call];
    }),
  );
}

let stack: TestStack;
let dynamo: DynamoDBClient;
let admin: string;

beforeAll(async () => {
  stack = await startTestStack();
  dynamo = new DynamoDBClient({
    endpoint: stack.dynamoUrl,
    region: 'ap-southeast-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  admin = await stack.token('admin');
}, 60_000);
afterAll(() => stack?.stop());

/** Runs a seed call as the custom resource does: an error matching its ignore pattern is success. */
async function runSeed(call: Call): Promise<'written' | 'left as it was'> {
  try {
    await dynamo.send(new PutItemCommand(call.parameters));
    return 'written';
  } catch (error) {
    if (new RegExp(call.ignoreErrorCodesMatching).test((error as Error).name)) return 'left as it was';
    throw error;
  }
}

describe('Directories from the stage file, written on deploy', () => {
  it('adds nothing to the stack when the stage file lists no directory', () => {
    expect(seedCalls({}, stack.tableName).size).toBe(0);
  });

  it("writes each listed directory once, so admin's screens start from the Department's real lists", async () => {
    const calls = seedCalls({ directories }, stack.tableName);
    expect([...calls.keys()].sort()).toEqual(['agencies', 'officials', 'rooms']);
    for (const call of calls.values()) expect(await runSeed(call)).toBe('written');

    const rooms = await stack.call('GET', '/rooms', { token: admin });
    expect(rooms.body.items).toEqual(directories.rooms);
    const agencies = await stack.call('GET', '/agencies', { token: admin });
    expect(agencies.body.items.find((agency: any) => agency.key === 'police').emails).toEqual([
      { address: 'pa02@congan.hungyen.gov.vn' },
    ]);
    const officials = await stack.call('GET', '/officials', { token: admin });
    expect(officials.body.items[0].fullName).toBe('Nguyễn Văn An');
  });

  it('never overwrites a list admin has changed, on the next deploy or after a change to the file', async () => {
    // Admin renames the seeded room (its code stays, as codes do) and adds one.
    const changed = [
      { id: 'phong-hop-1', name: 'Phòng họp lớn tầng 3', capacity: 30, active: true },
      { id: 'phong-hop-2', name: 'Phòng họp tầng 2', active: true },
    ];
    expect((await stack.replaceList('/rooms', changed)).status).toBe(200);
    const edited = {
      ...directories,
      rooms: [...directories.rooms, { id: 'hoi-truong', name: 'Hội trường', active: true }],
    };
    for (const file of [directories, edited]) {
      const rooms = seedCalls({ directories: file }, stack.tableName).get('rooms');
      expect(rooms).toBeDefined();
      expect(await runSeed(rooms as Call)).toBe('left as it was');
    }
    expect((await stack.call('GET', '/rooms', { token: admin })).body.items).toEqual(changed);
  });

  it('lets the seed write to our table with our key only', () => {
    const { stack: cdkStack } = createApp(
      {
        outdir: mkdtempSync(join(tmpdir(), 'cdk-seed-')),
        context: { 'aws:cdk:bundling-stacks': [], stage: 'prod', alarmEmails: OPERATORS },
      },
      { directories },
    );
    const policies = Object.values(
      Template.fromStack(cdkStack).findResources('AWS::IAM::Policy') as Record<string, { Properties: any }>,
    ).filter((policy) =>
      JSON.stringify(policy.Properties.Roles).includes('AWS679f53fac002430cb0da5b7982bd2287'),
    );
    const statements = policies.flatMap((policy) => policy.Properties.PolicyDocument.Statement);
    expect([...new Set(statements.flatMap((statement: any) => statement.Action))].sort()).toEqual([
      'dynamodb:PutItem',
      'kms:Decrypt',
      'kms:Encrypt',
      'kms:GenerateDataKey',
    ]);
    for (const statement of statements) expect(statement.Resource).not.toBe('*');
  });

  it('refuses a stage file whose directory admin could not have saved, naming the field', () => {
    expect(() =>
      seedCalls({ directories: { rooms: [{ id: 'Phòng 1', name: 'x' }] } }, stack.tableName),
    ).toThrow(/directories\.rooms\.0\.id/);
  });
});
