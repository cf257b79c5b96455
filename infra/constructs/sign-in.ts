import { type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  CfnUserPoolGroup,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
  UserPoolEmail,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { roles } from '../../shared/manifest';
import type { StageConfig } from '../config/schema';

export interface SignInProps {
  config: StageConfig;
  removalPolicy: RemovalPolicy;
  /** Where the console runs: the configuration's origins and the stack's own distribution. */
  consoleOrigins: readonly string[];
}

/**
 * Who may sign in: a user pool without self sign-up, one group per role, TOTP as the stage says,
 * Vietnamese invitation and verification mail, and Cognito's managed login on a domain of its own
 * for the console (authorization code with PKCE; no implicit flow).
 */
export class SignIn extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  /** Only where the stage allows it (signIn.smokeTestClient): `npm run smoke`'s way in. */
  readonly smokeTestClient?: UserPoolClient;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, { config, removalPolicy, consoleOrigins }: SignInProps) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Users', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      mfa: config.mfa === 'required' ? Mfa.REQUIRED : Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: config.retainData,
      removalPolicy,
      // Cognito's own mail allows 50 a day and speaks English: once the domain is verified in SES
      // (signIn.mailViaSes), the invitations go out from the Office's address.
      email: config.signIn.mailViaSes
        ? UserPoolEmail.withSES({
            fromEmail: `vanphong@${config.mailDomain}`,
            fromName: 'Văn phòng Sở KH&CN Hưng Yên',
            sesVerifiedDomain: config.mailDomain,
            sesRegion: Stack.of(this).region,
          })
        : undefined,
      userInvitation: {
        emailSubject:
          'Tài khoản sử dụng hệ thống quản lý đoàn vào của Sở Khoa học và Công nghệ tỉnh Hưng Yên',
        emailBody:
          'Kính gửi Ông/Bà,<br><br>Văn phòng Sở Khoa học và Công nghệ tỉnh Hưng Yên đã tạo tài khoản cho Ông/Bà trên hệ thống quản lý đoàn vào.<br>' +
          'Tên đăng nhập: {username}<br>Mật khẩu tạm thời: {####}<br><br>' +
          'Khi đăng nhập lần đầu, Ông/Bà đặt mật khẩu mới và cài đặt mã xác thực hai lớp.<br><br>Trân trọng./.',
      },
      userVerification: {
        emailSubject: 'Mã xác minh tài khoản hệ thống quản lý đoàn vào',
        emailBody:
          'Mã xác minh của Ông/Bà là {####}. Mã có hiệu lực trong thời gian ngắn; không chia sẻ mã này.',
      },
    });
    if (config.mfa === 'optional') {
      Validations.of(this.userPool).acknowledge({
        id: 'AwsSolutions::AwsSolutions-COG2',
        reason: `MFA is optional in the ${config.stage} stage by its configuration (infra/config/); prod requires it for every user.`,
      });
    }
    for (const role of roles) {
      new CfnUserPoolGroup(this, `Group-${role}`, { userPoolId: this.userPool.userPoolId, groupName: role });
    }
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix: config.signIn.domainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    this.client = this.userPool.addClient('WebClient', {
      generateSecret: false,
      authFlows: { userSrp: true },
      preventUserExistenceErrors: true,
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      oAuth: {
        // A public client in the browser: the authorization code with PKCE, never the implicit flow.
        flows: { authorizationCodeGrant: true, implicitCodeGrant: false },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: consoleOrigins.map((origin) => `${origin}/auth/callback`),
        logoutUrls: consoleOrigins.map((origin) => `${origin}/`),
      },
    });
    if (config.signIn.smokeTestClient) {
      if (config.mfa === 'required')
        throw new Error('signIn.smokeTestClient needs mfa: optional (the smoke test has no TOTP device)');
      // Server-side only: ADMIN_USER_PASSWORD_AUTH needs IAM credentials allowed cognito-idp:AdminInitiateAuth.
      this.smokeTestClient = this.userPool.addClient('SmokeTestClient', {
        generateSecret: false,
        authFlows: { adminUserPassword: true },
        preventUserExistenceErrors: true,
        supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
        disableOAuth: true,
      });
    }
    new CfnManagedLoginBranding(this, 'Branding', {
      userPoolId: this.userPool.userPoolId,
      clientId: this.client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
  }
}
