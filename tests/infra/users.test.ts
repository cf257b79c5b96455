import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { UserAdmin } from '../../infra/ops/user-admin';
import { type CognitoFake, startCognitoFake } from '../support/cognito-fake';

const run = promisify(execFile);
let cognito: CognitoFake;
let admin: UserAdmin;

beforeAll(async () => {
  cognito = await startCognitoFake();
  admin = new UserAdmin(
    new CognitoIdentityProviderClient({
      region: 'ap-southeast-1',
      endpoint: cognito.endpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    }),
    cognito.userPoolId,
  );
});
beforeEach(() => {
  cognito.users.clear();
  cognito.calls.length = 0;
});
afterAll(() => cognito?.stop());

describe('npm run users', () => {
  it('creates the first administrator with a verified address, and Cognito mails the invitation', async () => {
    expect(await admin.add('it@sokhcn.hungyen.gov.vn', ['admin'])).toBe('created');
    const created = cognito.calls.find((call) => call.operation === 'AdminCreateUser');
    expect(created?.input).toMatchObject({
      Username: 'it@sokhcn.hungyen.gov.vn',
      DesiredDeliveryMediums: ['EMAIL'],
      UserAttributes: expect.arrayContaining([{ Name: 'email_verified', Value: 'true' }]),
    });
    expect(await admin.list()).toEqual([
      {
        email: 'it@sokhcn.hungyen.gov.vn',
        status: 'FORCE_CHANGE_PASSWORD',
        enabled: true,
        groups: ['admin'],
      },
    ]);
  });

  it('adds groups to an existing user without a second invitation, so running it twice is safe', async () => {
    await admin.add('pgd@sokhcn.hungyen.gov.vn', ['leadership']);
    expect(await admin.add('pgd@sokhcn.hungyen.gov.vn', ['leadership', 'office'])).toBe('already existed');
    expect(cognito.users.size).toBe(1);
    expect((await admin.list())[0]?.groups).toEqual(['leadership', 'office']);
  });

  it('refuses a group that is not a role before creating anyone', async () => {
    await expect(admin.add('x@sokhcn.hungyen.gov.vn', ['director'])).rejects.toThrow(/unknown: director/);
    await expect(admin.add('not-an-address', ['office'])).rejects.toThrow(/Not an email address/);
    expect(cognito.calls).toEqual([]);
  });

  it('disables a user who leaves, keeping the account', async () => {
    await admin.add('cv@sokhcn.hungyen.gov.vn', ['office']);
    await admin.disable('cv@sokhcn.hungyen.gov.vn');
    expect((await admin.list())[0]).toMatchObject({ enabled: false, groups: ['office'] });
  });

  it('works from the command line as the runbook says', async () => {
    const env = { ...process.env, AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' };
    const target = ['--user-pool-id', cognito.userPoolId, '--endpoint', cognito.endpoint];
    const added = await run(
      'npx',
      ['tsx', 'infra/ops/users.ts', 'add', 'vp@sokhcn.hungyen.gov.vn', 'office', ...target],
      { env },
    );
    expect(added.stdout).toContain('vp@sokhcn.hungyen.gov.vn: created in office');
    const listed = await run('npx', ['tsx', 'infra/ops/users.ts', 'list', ...target], { env });
    expect(listed.stdout).toContain('vp@sokhcn.hungyen.gov.vn\tFORCE_CHANGE_PASSWORD\tenabled\toffice');
    const wrong = await run('npx', ['tsx', 'infra/ops/users.ts', 'add', 'vp@sokhcn.hungyen.gov.vn'], {
      env,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(wrong).toMatchObject({ code: 2, stderr: expect.stringContaining('Usage: npm run users') });
  }, 30_000);
});
