import { CfnOutput, Stack } from 'aws-cdk-lib';
import { type IGrantable, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  MailFromBehaviorOnMxFailure,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface MailResourcesProps {
  domain: string;
  key: Key;
}

/**
 * Sending mail: the verified domain identity, a configuration set whose bounce and complaint
 * events go to an encrypted SNS topic, and a grant that allows sending from that identity only.
 */
export class MailResources extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly feedbackTopic: Topic;
  readonly environment: Record<string, string>;

  constructor(scope: Construct, id: string, props: MailResourcesProps) {
    super(scope, id);
    this.feedbackTopic = new Topic(this, 'Feedback', {
      displayName: 'SES bounces and complaints',
      masterKey: props.key,
      enforceSSL: true,
    });
    props.key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      reputationMetrics: true,
      sendingEnabled: true,
      // Guest lists carry passport numbers: never over an unencrypted hop.
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    });
    // The configuration set is the identity's default: mail sent without naming it still reports bounces.
    // Bounces return to bounce.<domain> (SPF-aligned for DMARC); until its DNS records exist SES
    // uses its own MAIL FROM rather than refusing to send.
    const mailFromDomain = `bounce.${props.domain}`;
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.domain),
      configurationSet: this.configurationSet,
      mailFromDomain,
      mailFromBehaviorOnMxFailure: MailFromBehaviorOnMxFailure.USE_DEFAULT_VALUE,
    });
    // The DNS records the province's DNS administrator publishes (README, "Deploy to AWS").
    this.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        description: 'DKIM: publish as a CNAME record',
        value: `${record.name} CNAME ${record.value}`,
      });
    });
    new CfnOutput(this, 'MailFromMx', {
      description: 'Custom MAIL FROM: publish as an MX record',
      value: `${mailFromDomain} MX 10 feedback-smtp.${Stack.of(this).region}.amazonses.com`,
    });
    new CfnOutput(this, 'MailFromSpf', {
      description: 'Custom MAIL FROM: publish as a TXT record',
      value: `${mailFromDomain} TXT "v=spf1 include:amazonses.com ~all"`,
    });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.feedbackTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.environment = {
      MAIL_FROM: `Văn phòng Sở KH&CN Hưng Yên <vanphong@${props.domain}>`,
      SES_CONFIGURATION_SET: this.configurationSet.configurationSetName,
    };
  }

  /** SendRawEmail from this identity with this configuration set, and nothing else. */
  grantSend(grantee: IGrantable): void {
    const stack = Stack.of(this);
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendRawEmail'],
        resources: [
          stack.formatArn({
            service: 'ses',
            resource: 'identity',
            resourceName: this.identity.emailIdentityName,
          }),
          stack.formatArn({
            service: 'ses',
            resource: 'configuration-set',
            resourceName: this.configurationSet.configurationSetName,
          }),
        ],
      }),
    );
  }
}
