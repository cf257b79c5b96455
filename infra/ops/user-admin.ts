import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminListGroupsForUserCommand,
  type CognitoIdentityProviderClient,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { type Role, roles } from '../../shared/manifest';

export interface UserSummary {
  email: string;
  status: string;
  enabled: boolean;
  groups: string[];
}

/** The administrator's user commands, on Cognito's admin API (the pool has no self sign-up). */
export class UserAdmin {
  constructor(
    private readonly cognito: CognitoIdentityProviderClient,
    private readonly userPoolId: string,
  ) {}

  /**
   * Creates the user (Cognito mails the Vietnamese invitation with a temporary password) and puts
   * them in each group; for an existing user only the groups are added, so running it twice is safe.
   */
  async add(email: string, groups: readonly string[]): Promise<'created' | 'already existed'> {
    const unknown = groups.filter((group) => !roles.includes(group as Role));
    if (groups.length === 0 || unknown.length > 0)
      throw new Error(
        `Groups must be among ${roles.join(', ')}${unknown.length ? `; unknown: ${unknown.join(', ')}` : ''}`,
      );
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) throw new Error(`Not an email address: ${email}`);
    let outcome: 'created' | 'already existed' = 'created';
    try {
      await this.cognito.send(
        new AdminCreateUserCommand({
          UserPoolId: this.userPoolId,
          Username: email,
          UserAttributes: [
            { Name: 'email', Value: email },
            { Name: 'email_verified', Value: 'true' },
          ],
          DesiredDeliveryMediums: ['EMAIL'],
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'UsernameExistsException') throw error;
      outcome = 'already existed';
    }
    for (const group of groups)
      await this.cognito.send(
        new AdminAddUserToGroupCommand({ UserPoolId: this.userPoolId, Username: email, GroupName: group }),
      );
    return outcome;
  }

  /** Stops a user signing in (their history stays); an administrator can enable them again in the console. */
  async disable(email: string): Promise<void> {
    await this.cognito.send(new AdminDisableUserCommand({ UserPoolId: this.userPoolId, Username: email }));
  }

  async list(): Promise<UserSummary[]> {
    const users: UserSummary[] = [];
    let token: string | undefined;
    do {
      const page = await this.cognito.send(
        new ListUsersCommand({ UserPoolId: this.userPoolId, PaginationToken: token }),
      );
      for (const user of page.Users ?? []) {
        const email =
          user.Attributes?.find((attribute) => attribute.Name === 'email')?.Value ?? user.Username ?? '';
        const { Groups } = await this.cognito.send(
          new AdminListGroupsForUserCommand({ UserPoolId: this.userPoolId, Username: user.Username }),
        );
        users.push({
          email,
          status: user.UserStatus ?? 'UNKNOWN',
          enabled: user.Enabled ?? false,
          groups: (Groups ?? []).map((group) => group.GroupName ?? '').sort(),
        });
      }
      token = page.PaginationToken;
    } while (token);
    return users;
  }
}
