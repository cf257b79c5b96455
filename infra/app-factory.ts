import { resolve } from 'node:path';
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { stageConfig, stageData } from './config';
import { DelegationsStack } from './stack';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');

/** Context values (`-c name=value`) that override the stage's configuration file. */
function contextOverrides(app: App, base: Record<string, unknown>): Record<string, unknown> {
  const context = (name: string) => app.node.tryGetContext(name) as string | undefined;
  const overrides: Record<string, unknown> = {};
  if (context('mailDomain')) overrides.mailDomain = context('mailDomain');
  if (context('region')) overrides.region = context('region');
  if (context('alarmEmails'))
    overrides.alarmEmails = String(context('alarmEmails'))
      .split(',')
      .map((address) => address.trim())
      .filter(Boolean);
  if (context('cognitoMailViaSes') !== undefined)
    overrides.signIn = {
      ...(base.signIn as object),
      mailViaSes: String(context('cognitoMailViaSes')) === 'true',
    };
  if (context('officeContactName') || context('officeContactPhone'))
    overrides.officeContact = { name: context('officeContactName'), phone: context('officeContactPhone') };
  return overrides;
}

/**
 * The CDK app for `-c stage=dev|prod` (dev when not given) with cdk-nag's AwsSolutions and
 * Serverless checks, shared by `cdk synth` and the infra tests.
 */
export function createApp(props: AppProps = {}, fileOverrides: Record<string, unknown> = {}) {
  const app = new App(props);
  const stage = String(app.node.tryGetContext('stage') ?? 'dev');
  // `fileOverrides` stand for edits to the stage's file (the tests' way to try other files).
  const file = { ...stageData(stage), ...fileOverrides };
  const config = stageConfig(stage, { ...fileOverrides, ...contextOverrides(app, file) });
  const stack = new DelegationsStack(app, `HungYenDelegations-${config.stage}`, {
    projectRoot: PROJECT_ROOT,
    config,
    description: `Foreign delegations backend of the Hưng Yên Department of Science and Technology (${config.stage})`,
    terminationProtection: config.retainData,
    env: {
      account: config.account ?? process.env.CDK_DEFAULT_ACCOUNT,
      // From the configuration, never from CDK_DEFAULT_REGION, which the CLI always sets.
      region: config.region,
    },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, stack, config };
}
