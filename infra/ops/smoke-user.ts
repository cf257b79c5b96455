import { randomBytes } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';

/**
 * A throw-away office user for the smoke test: created without an invitation, signed in through
 * the smoke-test app client (admin password auth, IAM credentials), deleted afterwards.
 */
export async function smokeUser(options: {
  region: string;
  userPoolId: string;
  clientId: string;
  mailDomain: string;
}): Promise<{ token: string; remove(): Promise<void> }> {
  const cognito = new CognitoIdentityProviderClient({ region: options.region });
  const { userPoolId } = options;
  const username = `smoke-test+${Date.now()}@${options.mailDomain}`;
  // Meets the pool's policy: upper, lower, digit and symbol, 12 characters and more.
  const password = `Aa1!${randomBytes(18).toString('base64url')}`;
  await cognito.send(
    new AdminCreateUserCommand({
      UserPoolId: userPoolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: username },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  const remove = () =>
    cognito
      .send(new AdminDeleteUserCommand({ UserPoolId: userPoolId, Username: username }))
      .then(() => undefined);
  try {
    await cognito.send(
      new AdminSetUserPasswordCommand({
        UserPoolId: userPoolId,
        Username: username,
        Password: password,
        Permanent: true,
      }),
    );
    await cognito.send(
      new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: 'office' }),
    );
    const auth = await cognito.send(
      new AdminInitiateAuthCommand({
        UserPoolId: userPoolId,
        ClientId: options.clientId,
        AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    );
    const token = auth.AuthenticationResult?.AccessToken;
    if (!token)
      throw new Error(
        `Sign-in asked for ${auth.ChallengeName ?? 'more'}: run the smoke test on a stage with MFA optional`,
      );
    return { token, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}
