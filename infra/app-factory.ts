import { resolve } from 'node:path';
import { App, type AppProps, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { DelegationsStack } from './stack';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..');
/** Singapore, the AWS region nearest to Hưng Yên; `-c region=…` chooses another on purpose. */
export const DEFAULT_REGION = 'ap-southeast-1';

/** The CDK app with cdk-nag's AwsSolutions and Serverless checks, shared by `cdk synth` and the infra tests. */
export function createApp(props: AppProps = {}) {
  const app = new App(props);
  const stack = new DelegationsStack(app, 'HungYenDelegations', {
    projectRoot: PROJECT_ROOT,
    mailDomain: app.node.tryGetContext('mailDomain') ?? 'sokhcn.hungyen.gov.vn',
    alarmEmails: String(app.node.tryGetContext('alarmEmails') ?? '')
      .split(',')
      .map((address) => address.trim())
      .filter(Boolean),
    officeContact: {
      name: app.node.tryGetContext('officeContactName'),
      phone: app.node.tryGetContext('officeContactPhone'),
    },
    description: 'Foreign delegations backend of the Hưng Yên Department of Science and Technology',
    env: {
      account: process.env.CDK_DEFAULT_ACCOUNT,
      // Pinned: the CLI always sets CDK_DEFAULT_REGION (from the profile), which would win otherwise.
      region: app.node.tryGetContext('region') ?? DEFAULT_REGION,
    },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  return { app, stack };
}
