/**
 * `npm run users -- add <email> <group>… [--stage dev|prod]`, `… disable <email>`, `… list`:
 * the first administrator after a deploy, and any user after that, without the AWS console.
 * The user pool comes from the deployed stage's outputs (or --user-pool-id).
 */
import { parseArgs } from 'node:util';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { output, stackOutputs } from './stack-outputs';
import { UserAdmin } from './user-admin';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    stage: { type: 'string', default: 'dev' },
    'user-pool-id': { type: 'string' },
    region: { type: 'string' },
    endpoint: { type: 'string' },
  },
});
const [command, ...rest] = positionals;

async function admin(): Promise<UserAdmin> {
  if (values['user-pool-id']) {
    const region = values.region ?? values['user-pool-id'].split('_')[0];
    return new UserAdmin(
      new CognitoIdentityProviderClient({ region, endpoint: values.endpoint }),
      values['user-pool-id'],
    );
  }
  const { region, outputs } = await stackOutputs(values.stage ?? 'dev');
  return new UserAdmin(new CognitoIdentityProviderClient({ region }), output(outputs, 'UserPoolId'));
}

try {
  if (command === 'add' && rest.length >= 2) {
    const [email, ...groups] = rest as [string, ...string[]];
    const outcome = await (await admin()).add(email, groups);
    console.log(
      outcome === 'created'
        ? `${email}: created in ${groups.join(', ')}; Cognito has mailed the invitation with a temporary password.`
        : `${email}: already a user; now in ${groups.join(', ')}.`,
    );
  } else if (command === 'disable' && rest.length === 1) {
    await (await admin()).disable(rest[0] as string);
    console.log(`${rest[0]}: disabled; they can no longer sign in.`);
  } else if (command === 'list') {
    for (const user of await (await admin()).list())
      console.log(
        `${user.email}\t${user.status}\t${user.enabled ? 'enabled' : 'disabled'}\t${user.groups.join(',')}`,
      );
  } else {
    console.error(
      'Usage: npm run users -- add <email> <office|leadership|admin>… | disable <email> | list  [--stage dev|prod] [--user-pool-id <id>]',
    );
    process.exitCode = 2;
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
