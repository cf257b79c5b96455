import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../infra/app-factory';
import { stageConfig } from '../../infra/config';
import { FUNCTIONS_PER_ERROR_ALARM } from '../../infra/constructs/monitoring';
import { eventPattern, functionSpecs, isEventConsumer, isHttp } from '../../shared/manifest';
import { startTestStack, type TestStack } from '../support/local-stack';
import { OPERATORS } from '../support/operators';

type Resources = Record<string, { Type: string; Properties: Record<string, any>; DeletionPolicy?: string }>;

let template: Template;
let resources: Resources;
let report: {
  pluginReports: {
    pluginName: string;
    conclusion: string;
    violations: unknown[];
    suppressedViolations?: { ruleName: string; reason: string }[];
  }[];
};

beforeAll(() => {
  // Bundling is skipped here (it is exercised by `npm run synth` and the benchmark); cdk-nag still runs.
  // The production stage, as an operator deploys it (`cdk deploy -c stage=prod`).
  const { app, stack } = createApp({
    outdir: mkdtempSync(join(tmpdir(), 'cdk-test-')),
    context: { 'aws:cdk:bundling-stacks': [], stage: 'prod', alarmEmails: OPERATORS },
  });
  const assembly = app.synth();
  report = JSON.parse(readFileSync(join(assembly.directory, 'validation-report.json'), 'utf8'));
  template = Template.fromStack(stack);
  resources = template.toJSON().Resources;
});

const ofType = (type: string) => Object.entries(resources).filter(([, resource]) => resource.Type === type);
/**
 * Every IAM policy document in the template, separate (AWS::IAM::Policy) or inline in its role:
 * the functions' roles keep their grants inline (infra/constructs/inline-policy-role.ts).
 */
const policies = (): [string, { Statement: any[] }, string[]][] => [
  ...ofType('AWS::IAM::Policy').map(
    ([id, policy]) =>
      [id, policy.Properties.PolicyDocument, policy.Properties.Roles.map((role: any) => role.Ref)] as [
        string,
        { Statement: any[] },
        string[],
      ],
  ),
  ...ofType('AWS::IAM::Role').flatMap(([id, role]) =>
    (role.Properties.Policies ?? []).map(
      (policy: any) => [id, policy.PolicyDocument, [id]] as [string, { Statement: any[] }, string[]],
    ),
  ),
];
/** CDK's own function that uploads the console on deploy (aws-s3-deployment). */
const isConsoleUpload = (logicalId: string) => logicalId.startsWith('CustomCDKBucketDeployment');
/** https://<the console's distribution>…, as the template writes it before deploy. */
const consoleDistributionUrl = (path: string) => ({
  'Fn::Join': [
    '',
    [
      'https://',
      { 'Fn::GetAtt': [expect.stringMatching(/^ConsoleDistribution/), 'DomainName'] },
      path,
    ].filter(Boolean),
  ],
});
const functionIdByDescription = (description: string) => {
  const found = ofType('AWS::Lambda::Function').find(([, fn]) => fn.Properties.Description === description);
  if (!found) throw new Error(`No function described as "${description}"`);
  return found[0];
};

describe('cdk-nag (AwsSolutions and Serverless)', () => {
  it.each(['AwsSolutions', 'Serverless'])('%s has no unacknowledged finding', (pack) => {
    const nag = report.pluginReports.find((plugin) => plugin.pluginName === pack);
    expect(nag?.conclusion).toBe('success');
    expect(nag?.violations).toEqual([]);
  });

  it('gives every acknowledgement a reason a reviewer can check', () => {
    for (const plugin of report.pluginReports) {
      for (const suppressed of plugin.suppressedViolations ?? [])
        expect(suppressed.reason.length).toBeGreaterThan(60);
    }
  });
});

describe('Every manifest entry becomes a function with its trigger', () => {
  it.each(functionSpecs.map((spec) => [spec.name, spec] as const))(
    '%s runs on Node.js 24, ARM64, traced',
    (_, spec) => {
      const id = functionIdByDescription(spec.description);
      expect(resources[id]?.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: { LogFormat: 'JSON' },
      });
    },
  );

  it.each(functionSpecs.filter(isHttp).map((spec) => [spec.name, spec] as const))(
    '%s is an HTTP route behind the Cognito JWT authorizer',
    (_, spec) => {
      const routeKey = `${spec.trigger.method} ${spec.trigger.path}`;
      const route = ofType('AWS::ApiGatewayV2::Route').find(([, r]) => r.Properties.RouteKey === routeKey);
      expect(route?.[1].Properties.AuthorizationType).toBe('JWT');
      const integrationId = route?.[1].Properties.Target['Fn::Join'][1][1].Ref;
      const uri = resources[integrationId]?.Properties.IntegrationUri;
      expect(uri['Fn::GetAtt'][0]).toBe(functionIdByDescription(spec.description));
    },
  );

  it.each(functionSpecs.filter(isEventConsumer).map((spec) => [spec.name, spec] as const))(
    '%s reads its events from a queue with a dead-letter queue, fed by a rule with the manifest pattern',
    (_, spec) => {
      const functionId = functionIdByDescription(spec.description);
      const mapping = ofType('AWS::Lambda::EventSourceMapping').find(
        ([, m]) => m.Properties.FunctionName.Ref === functionId,
      )?.[1];
      expect(mapping?.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
      const queueId = mapping?.Properties.EventSourceArn['Fn::GetAtt'][0];
      expect(resources[queueId]?.Properties.RedrivePolicy.deadLetterTargetArn).toBeDefined();
      const rule = ofType('AWS::Events::Rule').find(([, r]) =>
        r.Properties.Targets.some((t: any) => t.Arn['Fn::GetAtt']?.[0] === queueId),
      )?.[1];
      expect(rule?.Properties.EventPattern).toEqual(eventPattern(spec.trigger));
    },
  );
});

/** The resources one resource waits for: its DependsOn, and every Ref, GetAtt and ${…} in its properties. */
function dependenciesOf(resource: any): Set<string> {
  const found = new Set<string>([resource.DependsOn ?? []].flat());
  const visit = (value: any): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (typeof value.Ref === 'string') found.add(value.Ref);
      if (Array.isArray(value['Fn::GetAtt'])) found.add(value['Fn::GetAtt'][0]);
      const sub = value['Fn::Sub'];
      for (const match of String(Array.isArray(sub) ? sub[0] : (sub ?? '')).matchAll(/\$\{([A-Za-z0-9]+)/g))
        found.add(match[1] as string);
      Object.values(value).forEach(visit);
    }
  };
  visit(resource.Properties);
  return new Set([...found].filter((id) => id in resources));
}

describe('What CloudFormation can create', () => {
  it('has no cycle among the resources: each waits only for resources that do not wait for it', () => {
    const state = new Map<string, 'visiting' | 'done'>();
    const cycles: string[] = [];
    const walk = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'visiting') {
        cycles.push([...path.slice(path.indexOf(id)), id].join(' → '));
        return;
      }
      state.set(id, 'visiting');
      for (const next of dependenciesOf(resources[id])) walk(next, [...path, id]);
      state.set(id, 'done');
    };
    for (const id of Object.keys(resources)) walk(id, []);
    expect(cycles).toEqual([]);
  });

  it('keeps each function’s grants inline in its role, not in a policy resource of their own', () => {
    const functionRoles = ofType('AWS::Lambda::Function')
      .filter(([, fn]) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME)
      .map(([, fn]) => fn.Properties.Role['Fn::GetAtt'][0]);
    expect(functionRoles).toHaveLength(functionSpecs.length);
    const separate = ofType('AWS::IAM::Policy').flatMap(([, p]) => p.Properties.Roles.map((r: any) => r.Ref));
    for (const role of functionRoles) {
      expect(separate, role).not.toContain(role);
      expect(resources[role]?.Properties.Policies, role).toHaveLength(1);
    }
  });
});

describe('The data and the event bus are kept safe', () => {
  it('keeps the table encrypted with its own key, recoverable, protected and retained', () => {
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        DeletionProtectionEnabled: true,
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        SSESpecification: Match.objectLike({ SSEEnabled: true, SSEType: 'KMS' }),
      }),
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('archives every domain event for replay', () => {
    template.hasResourceProperties('AWS::Events::Archive', {
      EventPattern: { source: ['vn.hungyen.dost.delegations'] },
    });
  });

  it('writes API access logs', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AccessLogSettings: Match.objectLike({ DestinationArn: Match.anyValue() }),
    });
  });

  it('has a user group for each role', () => {
    const groups = ofType('AWS::Cognito::UserPoolGroup').map(([, g]) => g.Properties.GroupName);
    expect(groups.sort()).toEqual(['admin', 'information-centre', 'leadership', 'office']);
  });

  it('grants no wildcard IAM action, but for the console upload on the console and asset buckets', () => {
    for (const [id, document] of policies()) {
      for (const statement of document.Statement) {
        const wildcards = [statement.Action].flat().filter((action: string) => action.includes('*'));
        if (!isConsoleUpload(id)) expect(wildcards, id).toEqual([]);
        else if (wildcards.length > 0)
          expect(JSON.stringify(statement.Resource), id).toMatch(/ConsoleFiles|cdk-.*-assets-/);
      }
    }
  });
});

describe('What a deployment needs to work', () => {
  const environmentOf = (description: string) =>
    resources[functionIdByDescription(description)]?.Properties.Environment.Variables ?? {};

  it('gives each function that sends mail its sender, configuration set and contact; the others none', () => {
    for (const spec of functionSpecs) {
      const variables = environmentOf(spec.description);
      if (spec.access.sendEmail) {
        expect(variables.MAIL_FROM, spec.name).toMatch(/^Văn phòng Sở KH&CN Hưng Yên <vanphong@/);
        expect(variables.SES_CONFIGURATION_SET, spec.name).toBeDefined();
      } else expect(variables.MAIL_FROM, spec.name).toBeUndefined();
    }
  });

  it("makes the configuration set the sending identity's default, so every mail reports its bounces", () => {
    const [, identity] = ofType('AWS::SES::EmailIdentity')[0] ?? [];
    expect(identity?.Properties.ConfigurationSetAttributes.ConfigurationSetName.Ref).toBe(
      ofType('AWS::SES::ConfigurationSet')[0]?.[0],
    );
  });

  it('deploys to ap-southeast-1 even when the CLI says another region', () => {
    const saved = process.env.CDK_DEFAULT_REGION;
    process.env.CDK_DEFAULT_REGION = 'us-east-1';
    try {
      const { stack } = createApp({
        outdir: mkdtempSync(join(tmpdir(), 'cdk-region-')),
        context: { 'aws:cdk:bundling-stacks': [] },
      });
      expect(stack.region).toBe('ap-southeast-1');
    } finally {
      if (saved === undefined) delete process.env.CDK_DEFAULT_REGION;
      else process.env.CDK_DEFAULT_REGION = saved;
    }
  });

  it('allows "Resource: *" only for X-Ray and CloudFront invalidations, which have no resource-level permissions', () => {
    for (const [id, document] of policies()) {
      for (const statement of document.Statement) {
        if (![statement.Resource].flat().includes('*')) continue;
        const allowed = isConsoleUpload(id) ? /^cloudfront:(Create|Get)Invalidation$/ : /^xray:/;
        for (const action of [statement.Action].flat()) expect(action, id).toMatch(allowed);
      }
    }
  });

  it.each(
    functionSpecs
      .filter((spec) => spec.trigger.type === 'schedule')
      .map((spec) => [spec.name, spec] as const),
  )('%s sends a failure inside the function to its dead-letter queue after two retries', (_, spec) => {
    const functionId = functionIdByDescription(spec.description);
    const config = ofType('AWS::Lambda::EventInvokeConfig').find(
      ([, c]) => c.Properties.FunctionName.Ref === functionId,
    )?.[1];
    expect(config?.Properties).toMatchObject({
      MaximumRetryAttempts: 2,
      MaximumEventAgeInSeconds: 6 * 3600,
      DestinationConfig: { OnFailure: { Destination: expect.anything() } },
    });
  });

  it('keeps a bounce SNS cannot deliver in a dead-letter queue', () => {
    const [, subscription] = ofType('AWS::SNS::Subscription')[0] ?? [];
    expect(subscription?.Properties.RedrivePolicy.deadLetterTargetArn).toBeDefined();
  });

  it("lets a browser read the ETag and a download's file name, and logs who called which route", () => {
    const [, api] = ofType('AWS::ApiGatewayV2::Api')[0] ?? [];
    expect(api?.Properties.CorsConfiguration.ExposeHeaders).toEqual(
      expect.arrayContaining(['etag', 'content-disposition']),
    );
    const [, stage] = ofType('AWS::ApiGatewayV2::Stage')[0] ?? [];
    const format = JSON.parse(stage?.Properties.AccessLogSettings.Format);
    expect(format).toMatchObject({
      routeKey: '$context.routeKey',
      sub: '$context.authorizer.claims.sub',
      authorizerError: '$context.authorizer.error',
      integrationError: '$context.integrationErrorMessage',
    });
  });

  it('lets CloudWatch use the key of the encrypted alarm topic, pages the configured addresses and prints the topic', () => {
    const statements = ofType('AWS::KMS::Key').flatMap(([, key]) => key.Properties.KeyPolicy.Statement);
    expect(statements).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: expect.arrayContaining(['kms:Decrypt']),
      }),
    );
    expect(Object.keys(template.toJSON().Outputs)).toEqual(
      expect.arrayContaining([expect.stringMatching(/AlarmTopicArn/)]),
    );
    const { stack } = createApp({
      outdir: mkdtempSync(join(tmpdir(), 'cdk-alarms-')),
      context: {
        'aws:cdk:bundling-stacks': [],
        alarmEmails: 'it@sokhcn.hungyen.gov.vn, truc@sokhcn.hungyen.gov.vn',
      },
    });
    const subscriptions = Template.fromStack(stack).findResources('AWS::SNS::Subscription', {
      Properties: { Protocol: 'email' },
    });
    expect(
      Object.values(subscriptions)
        .map((sub: any) => sub.Properties.Endpoint)
        .sort(),
    ).toEqual(['it@sokhcn.hungyen.gov.vn', 'truc@sokhcn.hungyen.gov.vn']);
  });

  it('prints the DNS records the province publishes for the mail domain (DKIM, MAIL FROM)', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    const named = (prefix: string) => Object.keys(outputs).filter((key) => key.startsWith(`Mail${prefix}`));
    expect(named('DkimRecord')).toHaveLength(3);
    expect(JSON.stringify(outputs[named('MailFromMx')[0] ?? '']?.Value)).toContain(
      'bounce.sokhcn.hungyen.gov.vn MX 10 feedback-smtp.ap-southeast-1.amazonses.com',
    );
    expect(JSON.stringify(outputs[named('MailFromSpf')[0] ?? '']?.Value)).toContain(
      'v=spf1 include:amazonses.com',
    );
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      MailFromAttributes: {
        MailFromDomain: 'bounce.sokhcn.hungyen.gov.vn',
        BehaviorOnMxFailure: 'USE_DEFAULT_VALUE',
      },
    });
  });

  it('keeps the event archive when the stack goes, and sends mail only over TLS', () => {
    template.hasResource('AWS::Events::Archive', { DeletionPolicy: 'Retain' });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
  });

  it('ends every HTTP function before the HTTP API gives up (30 s)', () => {
    for (const spec of functionSpecs.filter(isHttp))
      expect(
        resources[functionIdByDescription(spec.description)]?.Properties.Timeout,
        spec.name,
      ).toBeLessThan(30);
  });
});

describe('Sign-in', () => {
  it('offers managed login on its own domain, the authorization code flow only, back to the console', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', {
      Domain: 'hungyen-doanvao',
      ManagedLoginVersion: 2,
    });
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', { UseCognitoProvidedValues: true });
    const [, client] = ofType('AWS::Cognito::UserPoolClient')[0] ?? [];
    expect(client?.Properties).toMatchObject({
      AllowedOAuthFlows: ['code'],
      AllowedOAuthFlowsUserPoolClient: true,
      CallbackURLs: [
        'https://doanvao.sokhcn.hungyen.gov.vn/auth/callback',
        consoleDistributionUrl('/auth/callback'),
      ],
      LogoutURLs: ['https://doanvao.sokhcn.hungyen.gov.vn/', consoleDistributionUrl('/')],
      PreventUserExistenceErrors: 'ENABLED',
      GenerateSecret: false,
    });
    const [, api] = ofType('AWS::ApiGatewayV2::Api')[0] ?? [];
    expect(api?.Properties.CorsConfiguration.AllowOrigins).toEqual([
      'https://doanvao.sokhcn.hungyen.gov.vn',
      consoleDistributionUrl(''),
    ]);
    expect(Object.keys(template.toJSON().Outputs)).toEqual(expect.arrayContaining(['SignInUrl']));
  });

  it('invites users in Vietnamese, and sends through SES once the stage says the domain is verified', () => {
    const [, pool] = ofType('AWS::Cognito::UserPool')[0] ?? [];
    const invitation = pool?.Properties.AdminCreateUserConfig.InviteMessageTemplate;
    expect(invitation.EmailSubject).toContain('hệ thống quản lý đoàn vào');
    expect(invitation.EmailMessage).toMatch(/\{username\}[\s\S]*\{####\}[\s\S]*Trân trọng\.\/\./);
    expect(pool?.Properties.EmailConfiguration?.EmailSendingAccount ?? 'COGNITO_DEFAULT').toBe(
      'COGNITO_DEFAULT',
    );
    const { stack } = createApp({
      outdir: mkdtempSync(join(tmpdir(), 'cdk-ses-')),
      context: {
        'aws:cdk:bundling-stacks': [],
        stage: 'prod',
        alarmEmails: OPERATORS,
        cognitoMailViaSes: 'true',
      },
    });
    const viaSes = Object.values(Template.fromStack(stack).findResources('AWS::Cognito::UserPool'))[0] as any;
    expect(viaSes.Properties.EmailConfiguration).toMatchObject({
      EmailSendingAccount: 'DEVELOPER',
      // The Vietnamese display name, MIME-encoded (RFC 2047) as a mail header must be.
      From: `=?UTF-8?B?${Buffer.from('Văn phòng Sở KH&CN Hưng Yên').toString('base64')}?= <vanphong@sokhcn.hungyen.gov.vn>`,
    });
  });
});

describe('Stages', () => {
  const synth = (stage: string, context: Record<string, unknown> = {}) =>
    createApp({
      outdir: mkdtempSync(join(tmpdir(), `cdk-${stage}-`)),
      context: { 'aws:cdk:bundling-stacks': [], stage, alarmEmails: OPERATORS, ...context },
    });

  it("keeps prod's data and protects the stack; dev can be removed whole", () => {
    const prod = synth('prod');
    const dev = synth('dev');
    expect([prod.stack.terminationProtection, dev.stack.terminationProtection]).toEqual([true, false]);
    const table = (stack: typeof prod.stack) =>
      Object.values(Template.fromStack(stack).findResources('AWS::DynamoDB::Table'))[0] as any;
    expect(table(prod.stack)).toMatchObject({
      DeletionPolicy: 'Retain',
      Properties: { DeletionProtectionEnabled: true },
    });
    expect(table(dev.stack)).toMatchObject({
      DeletionPolicy: 'Delete',
      Properties: { DeletionProtectionEnabled: false },
    });
    const pool = (stack: typeof prod.stack) =>
      Object.values(Template.fromStack(stack).findResources('AWS::Cognito::UserPool'))[0] as any;
    expect([
      pool(prod.stack).Properties.MfaConfiguration,
      pool(dev.stack).Properties.MfaConfiguration,
    ]).toEqual(['ON', 'OPTIONAL']);
    expect([prod.stack.region, dev.stack.region]).toEqual(['ap-southeast-1', 'ap-southeast-1']);
  });

  it('lets the smoke test sign in to dev only, through the admin API, and the API accept its tokens', () => {
    const clients = (stack: ReturnType<typeof synth>['stack']) =>
      Object.values(Template.fromStack(stack).findResources('AWS::Cognito::UserPoolClient')).map(
        (client: any) => client.Properties.ExplicitAuthFlows,
      );
    expect(clients(synth('prod').stack)).toEqual([['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']]);
    const dev = synth('dev').stack;
    expect(clients(dev)).toContainEqual(['ALLOW_ADMIN_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']);
    const authorizer = Object.values(
      Template.fromStack(dev).findResources('AWS::ApiGatewayV2::Authorizer'),
    )[0] as any;
    expect(authorizer.Properties.JwtConfiguration.Audience).toHaveLength(2);
    expect(Object.keys(Template.fromStack(dev).toJSON().Outputs)).toContain('SmokeTestClientId');
    expect(() =>
      createApp(
        { context: { 'aws:cdk:bundling-stacks': [], stage: 'prod', alarmEmails: OPERATORS } },
        { signIn: { domainPrefix: 'x', smokeTestClient: true } },
      ),
    ).toThrow(/needs mfa: optional/);
  });

  it("serves the API on the Department's own name when the stage file gives one, and prints the CNAME target", () => {
    const certificateArn =
      'arn:aws:acm:ap-southeast-1:123456789012:certificate/0b9c1f2e-1111-2222-3333-444455556666';
    const { stack } = createApp(
      { context: { 'aws:cdk:bundling-stacks': [], stage: 'prod', alarmEmails: OPERATORS } },
      { apiDomain: { name: 'api.doanvao.sokhcn.hungyen.gov.vn', certificateArn } },
    );
    const withDomain = Template.fromStack(stack);
    withDomain.hasResourceProperties('AWS::ApiGatewayV2::DomainName', {
      DomainName: 'api.doanvao.sokhcn.hungyen.gov.vn',
      DomainNameConfigurations: [Match.objectLike({ CertificateArn: certificateArn })],
    });
    withDomain.hasResourceProperties('AWS::ApiGatewayV2::ApiMapping', { Stage: Match.anyValue() });
    expect(Object.keys(withDomain.toJSON().Outputs)).toContain('ApiDomainTarget');
    expect(template.findResources('AWS::ApiGatewayV2::DomainName')).toEqual({});
    expect(() =>
      createApp(
        { context: { 'aws:cdk:bundling-stacks': [], stage: 'prod', alarmEmails: OPERATORS } },
        {
          apiDomain: {
            name: 'api.x.vn',
            certificateArn: certificateArn.replace('ap-southeast-1', 'us-east-1'),
          },
        },
      ),
    ).toThrow(/certificate in ap-southeast-1/);
  });

  it('synthesises dev with no unacknowledged cdk-nag finding either', () => {
    const { app } = synth('dev');
    const dev = JSON.parse(readFileSync(join(app.synth().directory, 'validation-report.json'), 'utf8'));
    for (const plugin of dev.pluginReports) expect(plugin.violations, plugin.pluginName).toEqual([]);
  });

  it('refuses an unknown stage or a bad value, naming what is wrong', () => {
    expect(() => synth('staging')).toThrow('No stage "staging": use -c stage=dev or -c stage=prod.');
    expect(() => synth('dev', { mailDomain: 'not a domain' })).toThrow(
      /infra\/config\/dev\.ts is not a valid stage configuration:\n {2}mailDomain: A domain such as/,
    );
    expect(() => synth('prod', { alarmEmails: 'it@sokhcn, truc@x' })).toThrow(/alarmEmails\.0/);
  });

  it('refuses a prod stage whose alarms would reach nobody, naming alarmEmails; dev may have none', () => {
    expect(() => synth('prod', { alarmEmails: ' ' })).toThrow(
      /infra\/config\/prod\.ts is not a valid stage configuration:\n {2}alarmEmails: A stage that retains data \(prod\) needs at least one alarm recipient/,
    );
    expect(() => synth('dev', { alarmEmails: ' ' })).not.toThrow();
    const subscriptions = Template.fromStack(synth('prod').stack).findResources('AWS::SNS::Subscription');
    expect(
      Object.values(subscriptions)
        .filter((subscription: any) => subscription.Properties.Protocol === 'email')
        .map((subscription: any) => subscription.Properties.Endpoint),
    ).toEqual([OPERATORS]);
  });
});

describe('The local runtime and the CDK stack are wired from the same manifest', () => {
  let local: TestStack;
  beforeAll(async () => {
    local = await startTestStack();
  });
  afterAll(() => local?.stop());

  it('serves exactly the API routes the stack deploys', () => {
    const deployed = ofType('AWS::ApiGatewayV2::Route').map(([, r]) => r.Properties.RouteKey);
    expect([...local.routeKeys].sort()).toEqual(deployed.sort());
  });

  it('runs exactly the scheduled jobs the stack deploys, in Asia/Ho_Chi_Minh', () => {
    const deployed = ofType('AWS::Scheduler::Schedule').map(([, schedule]) => {
      expect(schedule.Properties.ScheduleExpressionTimezone).toBe('Asia/Ho_Chi_Minh');
      expect(schedule.Properties.Target.DeadLetterConfig).toBeDefined();
      return JSON.parse(schedule.Properties.Target.Input).job;
    });
    expect([...local.scheduledJobs].sort()).toEqual(deployed.sort());
  });

  it('serves the OpenAPI document and its reference page', async () => {
    const document = await fetch(`${local.url}/openapi.json`);
    expect(document.status).toBe(200);
    expect(((await document.json()) as { openapi: string }).openapi).toBe('3.1.0');
    const page = await fetch(`${local.url}/docs`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('Foreign delegations API');
  });

  it('applies exactly the event rules the stack deploys on the bus', () => {
    const deployed = ofType('AWS::Events::Rule')
      .filter(([, r]) => r.Properties.EventBusName)
      .map(([, r]) => r.Properties.EventPattern);
    expect(local.bus.rules().map((rule) => rule.pattern)).toEqual(deployed);
  });

  it('hands each upload to the dossier to attachment-uploaded, parking what fails (locally: the confirm route)', () => {
    const [[, rule] = []] = ofType('AWS::Events::Rule').filter(([, r]) => !r.Properties.EventBusName);
    const [bucketId] = ofType('AWS::S3::Bucket').find(([, b]) => b.Properties.VersioningConfiguration) ?? [];
    expect(rule?.Properties.EventPattern).toEqual({
      source: ['aws.s3'],
      'detail-type': ['Object Created'],
      detail: { bucket: { name: [{ Ref: bucketId }] }, object: { key: [{ prefix: 'delegations/' }] } },
    });
    const [target] = rule?.Properties.Targets ?? [];
    expect(target.Arn['Fn::GetAtt'][0]).toMatch(/^AttachmentUploaded/);
    expect(target.DeadLetterConfig.Arn['Fn::GetAtt'][0]).toMatch(/UploadEventsDeadLetters/);
    expect(local.routeKeys).toContain('POST /delegations/{id}/attachments/{attachmentId}/confirm');
  });
});

describe("The visit's dossier", () => {
  const files = () => ofType('AWS::S3::Bucket').find(([id]) => id.startsWith('AttachmentsFiles')) ?? [];

  it('is a private, versioned bucket encrypted with the data key, TLS only, with access logs', () => {
    const [id, bucket] = files();
    const [keyId] = ofType('AWS::KMS::Key')[0] ?? [];
    expect(bucket?.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      VersioningConfiguration: { Status: 'Enabled' },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          {
            BucketKeyEnabled: true,
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: 'aws:kms',
              KMSMasterKeyID: { 'Fn::GetAtt': [keyId, 'Arn'] },
            },
          },
        ],
      },
      LoggingConfiguration: { LogFilePrefix: 'attachments/' },
    });
    const policy = ofType('AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === id)?.[1];
    expect(policy?.Properties.PolicyDocument.Statement).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('gives each function only the bucket actions its manifest entry names, on the dossier prefix', () => {
    const [id] = files();
    const s3Actions = (functionName: string) => {
      const fn = ofType('AWS::Lambda::Function').find(
        ([, f]) =>
          f.Properties.Description === functionSpecs.find((spec) => spec.name === functionName)?.description,
      );
      const role = fn?.[1].Properties.Role['Fn::GetAtt'][0];
      const document = policies().find(([, , roles]) => roles.includes(role))?.[1];
      return (document?.Statement ?? [])
        .filter((statement: any) =>
          [statement.Action].flat().some((action: string) => action.startsWith('s3:')),
        )
        .map((statement: any) => ({
          actions: [statement.Action].flat().sort(),
          resource: statement.Resource,
          ...(statement.Condition ? { condition: statement.Condition } : {}),
        }));
    };
    const prefix = { 'Fn::Join': ['', [{ 'Fn::GetAtt': [id, 'Arn'] }, '/delegations/*']] };
    expect(s3Actions('request-attachment-upload')).toEqual([{ actions: ['s3:PutObject'], resource: prefix }]);
    expect(s3Actions('list-attachments')).toEqual([
      { actions: ['s3:GetObject', 's3:GetObjectVersion'], resource: prefix },
    ]);
    expect(s3Actions('delete-attachment')).toEqual([
      {
        actions: ['s3:DeleteObject', 's3:DeleteObjectVersion', 's3:GetObject', 's3:GetObjectVersion'],
        resource: prefix,
      },
      // Deleting every version of a file lists them, under the dossier's prefix only.
      {
        actions: ['s3:ListBucketVersions'],
        resource: { 'Fn::GetAtt': [id, 'Arn'] },
        condition: { StringLike: { 's3:prefix': ['delegations/*'] } },
      },
    ]);
    expect(s3Actions('register-delegation')).toEqual([]);
  });

  it('expires noncurrent versions and lone delete markers of the dossier, so nothing refused lingers', () => {
    const [id] = files();
    expect(resources[id as string]?.Properties.LifecycleConfiguration.Rules).toEqual([
      expect.objectContaining({
        Status: 'Enabled',
        NoncurrentVersionExpiration: { NoncurrentDays: 1 },
        ExpiredObjectDeleteMarker: true,
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
      }),
    ]);
  });

  it("tells each function of the dossier the bucket and the stage's size limit (the list shows it to the console)", () => {
    const limit = String(stageConfig('prod', { alarmEmails: [OPERATORS] }).attachmentMaxBytes);
    for (const spec of functionSpecs) {
      const variables =
        resources[functionIdByDescription(spec.description)]?.Properties.Environment.Variables ?? {};
      if (spec.access.files) {
        expect(variables.ATTACHMENT_MAX_BYTES, spec.name).toBe(limit);
        expect(variables.ATTACHMENTS_BUCKET, spec.name).toEqual({ Ref: files()[0] });
      } else expect(variables.ATTACHMENT_MAX_BYTES, spec.name).toBeUndefined();
    }
  });
});

describe('Encryption keys', () => {
  /** Every resource encrypted with a key of ours → the AWS service that must use the key for it. */
  const serviceFor: Record<string, string | null> = {
    'AWS::DynamoDB::Table': null, // the callers' own grants; DynamoDB needs no key policy statement
    'AWS::Events::EventBus': 'events.amazonaws.com',
    'AWS::Events::Archive': 'events.amazonaws.com',
    'AWS::SNS::Topic': null, // decided per topic below: who publishes to it
  };
  const keyOf = (properties: Record<string, any>) =>
    properties.KmsMasterKeyId ?? properties.KmsKeyIdentifier ?? properties.SSESpecification?.KMSMasterKeyId;
  const keys = () => ofType('AWS::KMS::Key');
  const statementsOf = (keyId: string): any[] => resources[keyId]?.Properties.KeyPolicy.Statement ?? [];
  const servicesAllowed = (keyId: string) =>
    statementsOf(keyId)
      .filter((statement) => statement.Principal?.Service)
      .map((statement) => ({
        service: statement.Principal.Service as string,
        actions: [statement.Action].flat() as string[],
        condition: statement.Condition,
      }));

  it('encrypts the table, the event bus, its archive and both topics with the data key', () => {
    const [dataKey] = keys().map(([id]) => id) as [string];
    const encrypted = Object.entries(resources)
      .filter(([, resource]) => keyOf(resource.Properties ?? {}))
      .map(([, resource]) => [resource.Type, keyOf(resource.Properties)['Fn::GetAtt']?.[0]]);
    expect(encrypted.map(([type]) => type).sort()).toEqual([
      'AWS::DynamoDB::Table',
      'AWS::Events::Archive',
      'AWS::Events::EventBus',
      'AWS::SNS::Topic',
      'AWS::SNS::Topic',
    ]);
    for (const [, key] of encrypted) expect(key).toBe(dataKey);
    expect(Object.keys(serviceFor)).toEqual(expect.arrayContaining(encrypted.map(([type]) => type)));
  });

  it('lets exactly EventBridge (bus, archive), SES (feedback topic) and CloudWatch (alarm topic) use the key', () => {
    const [dataKey] = keys().map(([id]) => id) as [string];
    const allowed = servicesAllowed(dataKey);
    expect([...new Set(allowed.map((entry) => entry.service))].sort()).toEqual([
      'cloudwatch.amazonaws.com',
      'events.amazonaws.com',
      'ses.amazonaws.com',
    ]);
    const mayDo: Record<string, string[]> = {
      'cloudwatch.amazonaws.com': ['kms:Decrypt', 'kms:GenerateDataKey*'],
      'ses.amazonaws.com': ['kms:Decrypt', 'kms:GenerateDataKey'],
      'events.amazonaws.com': ['kms:Decrypt', 'kms:DescribeKey', 'kms:GenerateDataKey', 'kms:ReEncrypt*'],
    };
    for (const entry of allowed) {
      expect(mayDo[entry.service], entry.service).toEqual(expect.arrayContaining(entry.actions));
      // Only DescribeKey (which reveals nothing) goes without a condition naming our account or bus.
      if (!(entry.actions.length === 1 && entry.actions[0] === 'kms:DescribeKey'))
        expect(entry.condition?.StringEquals, entry.service).toBeDefined();
    }
    // EventBridge may use the key for our bus only.
    for (const entry of allowed.filter((e) => e.service === 'events.amazonaws.com' && e.condition))
      expect(JSON.stringify(entry.condition)).toContain('event-bus/HungYenDelegations-prod-events');
  });

  it('grants no other account or principal than our own account root in the key policy', () => {
    const [dataKey] = keys().map(([id]) => id) as [string];
    const principals = statementsOf(dataKey)
      .filter((statement) => statement.Principal?.AWS)
      .map((statement) => JSON.stringify(statement.Principal.AWS));
    expect(principals).toEqual([expect.stringContaining(':root')]);
    expect(principals[0]).toContain('AWS::AccountId');
  });
});

describe('Alarms page someone for every way the backend can fail quietly', () => {
  const alarms = () => ofType('AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties);
  const metricNames = () =>
    alarms().flatMap((alarm) =>
      alarm.MetricName
        ? [alarm.MetricName]
        : (alarm.Metrics ?? []).map((m: any) => m.MetricStat?.Metric.MetricName),
    );

  it('every alarm notifies the alarm topic', () => {
    for (const alarm of alarms()) expect(alarm.AlarmActions).toHaveLength(1);
  });

  it.each([
    ['a throttled function', 'Throttles', 'AWS/Lambda'],
    ['a consumer falling behind its queue', 'ApproximateAgeOfOldestMessage', 'AWS/SQS'],
    ['the SES bounce rate (sender reputation)', 'Reputation.BounceRate', 'AWS/SES'],
    ['the SES complaint rate', 'Reputation.ComplaintRate', 'AWS/SES'],
    ['a schedule that cannot invoke its function', 'TargetErrorCount', 'AWS/Scheduler'],
    ['a dropped scheduled invocation', 'InvocationDroppedCount', 'AWS/Scheduler'],
    ['an event EventBridge cannot deliver', 'FailedInvocations', 'AWS/Events'],
    ['table throttling', 'ReadThrottleEvents', 'AWS/DynamoDB'],
    ['table throttling', 'WriteThrottleEvents', 'AWS/DynamoDB'],
    ['the outbox backlog', 'OutboxBacklog', 'HungYenDelegations'],
  ])('%s (%s)', (_what, metricName, namespace) => {
    expect(metricNames()).toContain(metricName);
    const found = alarms().find(
      (alarm) =>
        (alarm.MetricName === metricName && alarm.Namespace === namespace) ||
        (alarm.Metrics ?? []).some(
          (m: any) =>
            m.MetricStat?.Metric.MetricName === metricName && m.MetricStat.Metric.Namespace === namespace,
        ),
    );
    expect(found).toBeDefined();
  });

  it('watches the queue of every event consumer and the rule that feeds it', () => {
    const consumers = functionSpecs.filter(isEventConsumer).length;
    expect(
      metricNames().filter((name) => name === 'ApproximateAgeOfOldestMessage').length,
    ).toBeGreaterThanOrEqual(consumers);
    expect(metricNames().filter((name) => name === 'FailedInvocations')).toHaveLength(consumers);
    // Throttles: one alarm on the account's metric, whichever function is throttled.
    const throttles = alarms().filter((alarm) => alarm.MetricName === 'Throttles');
    expect(throttles).toHaveLength(1);
    expect(throttles[0]?.Dimensions).toBeUndefined();
  });

  it('pages on an error of every function, ten functions to an alarm at most', () => {
    const watched = alarms()
      .filter((alarm) => alarm.AlarmDescription?.startsWith('One of these functions failed'))
      .flatMap((alarm) => {
        const metrics = alarm.Metrics.filter((m: any) => m.MetricStat);
        expect(metrics.length).toBeLessThanOrEqual(FUNCTIONS_PER_ERROR_ALARM);
        for (const m of metrics) expect(m.MetricStat.Metric.MetricName).toBe('Errors');
        return metrics.map((m: any) => m.MetricStat.Metric.Dimensions[0].Value.Ref);
      });
    const functions = ofType('AWS::Lambda::Function')
      .filter(([, fn]) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME)
      .map(([id]) => id);
    expect(functions.length).toBe(functionSpecs.length);
    expect(watched.sort()).toEqual(functions.sort());
  });

  it('leaves room for ten more HTTP functions under CloudFormation’s 500 resources', () => {
    // A route's function brings its role (its grants inline), function, integration, route and permission.
    const perHttpFunction = 5;
    expect(Object.keys(resources).length + 10 * perHttpFunction).toBeLessThanOrEqual(500);
  });

  it('sends every function’s logs to the one log group, kept a year', () => {
    const groups = ofType('AWS::Logs::LogGroup').filter(([id]) => !id.startsWith('ApiAccessLogs'));
    expect(groups).toHaveLength(1);
    const [[groupId, group]] = groups as [[string, any]];
    expect(group.Properties.RetentionInDays).toBe(365);
    for (const [, fn] of ofType('AWS::Lambda::Function').filter(
      ([, fn]) => fn.Properties.Environment?.Variables?.POWERTOOLS_SERVICE_NAME,
    ))
      expect(fn.Properties.LoggingConfig.LogGroup).toEqual({ Ref: groupId });
  });

  it('alarms on a custom-bus rule with both dimensions, as EventBridge reports it', () => {
    for (const alarm of alarms().filter((a) => a.MetricName === 'FailedInvocations'))
      expect(alarm.Dimensions.map((d: any) => d.Name).sort()).toEqual(['EventBusName', 'RuleName']);
  });
});

describe('The web console in AWS', () => {
  it('keeps its files in a private, encrypted bucket that only CloudFront reads, over TLS', () => {
    const [id, bucket] =
      ofType('AWS::S3::Bucket').find(([logicalId]) => logicalId.startsWith('ConsoleFiles')) ?? [];
    expect(bucket?.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
    });
    const policy = ofType('AWS::S3::BucketPolicy').find(([, p]) => p.Properties.Bucket.Ref === id)?.[1];
    const statements = policy?.Properties.PolicyDocument.Statement ?? [];
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    const readers = statements.filter((s: { Effect: string }) => s.Effect === 'Allow');
    expect(readers.map((s: { Principal: unknown }) => s.Principal)).toEqual(
      readers.map(() => ({ Service: 'cloudfront.amazonaws.com' })),
    );
    expect(ofType('AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
  });

  it('answers every path with the console (sign-in callback, bookmarks) and sends the security headers', () => {
    const [, distribution] = ofType('AWS::CloudFront::Distribution')[0] ?? [];
    const config = distribution?.Properties.DistributionConfig;
    expect(config.DefaultRootObject).toBe('index.html');
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.CustomErrorResponses).toEqual(
      [403, 404].map((code) =>
        expect.objectContaining({ ErrorCode: code, ResponseCode: 200, ResponsePagePath: '/index.html' }),
      ),
    );
    const [, headers] = ofType('AWS::CloudFront::ResponseHeadersPolicy')[0] ?? [];
    const security = headers?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp: string = security.ContentSecurityPolicy.ContentSecurityPolicy;
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('https://*.execute-api.ap-southeast-1.amazonaws.com');
    expect(security.StrictTransportSecurity).toMatchObject({
      AccessControlMaxAgeSec: 365 * 86400,
      IncludeSubdomains: true,
    });
    expect(security.FrameOptions.FrameOption).toBe('DENY');
  });

  it('writes config.json on deploy with the API and the sign-in the console uses', () => {
    const [, upload] = ofType('Custom::CDKBucketDeployment')[0] ?? [];
    const json = JSON.stringify(upload?.Properties);
    expect(json).toContain('config.json');
    expect(json).toMatch(/UserPoolId|SignInUsers/);
    expect(upload?.Properties.DistributionPaths).toEqual(['/index.html', '/config.json']);
    expect(Object.keys(template.toJSON().Outputs)).toEqual(expect.arrayContaining(['ConsoleUrl']));
  });
});
