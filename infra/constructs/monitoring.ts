import { CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface MonitoringProps {
  api: HttpApi;
  functions: ReadonlyMap<string, IFunction>;
  deadLetterQueues: ReadonlyMap<string, Queue>;
  key: Key;
  /** Who is paged: each address gets an SNS subscription (to confirm from the mail SNS sends). */
  alarmEmails: readonly string[];
}

const BUSINESS_METRICS = [
  'DelegationsRegistered',
  'ComplianceCleared',
  'ComplianceApprovalRequired',
  'ComplianceBlocked',
  'EmailsSent',
  'EmailsFailed',
  'EmailsSuppressed',
];

/**
 * Alarms that page someone (any message in a dead-letter queue, any function error, any API 5xx)
 * to one SNS topic, and a dashboard of the API, the functions, the queues and the business metrics.
 */
export class Monitoring extends Construct {
  readonly alarmTopic: Topic;

  constructor(scope: Construct, id: string, props: MonitoringProps) {
    super(scope, id);
    this.alarmTopic = new Topic(this, 'Alarms', {
      displayName: 'Delegations backend alarms',
      masterKey: props.key,
      enforceSSL: true,
    });
    // CloudWatch publishes to the encrypted topic only if the key lets it (else every alarm is lost).
    props.key.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
    );
    for (const address of props.alarmEmails) this.alarmTopic.addSubscription(new EmailSubscription(address));
    Validations.of(this.alarmTopic).acknowledge({
      id: 'Serverless::Serverless-SNSRedrivePolicy',
      reason:
        "The alarm topic's subscriptions are people's mailboxes: SNS retries a failed email, and the alarm stays in ALARM on the CloudWatch console either way.",
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn });
    const notify = new SnsAction(this.alarmTopic);
    const alarm = (name: string, metric: Metric, description: string) =>
      new Alarm(this, name, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      }).addAlarmAction(notify);

    for (const [name, queue] of props.deadLetterQueues) {
      alarm(
        `${name}DeadLetters`,
        queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' }),
        `Messages wait in the dead-letter queue of ${name}: see the README on replaying them.`,
      );
    }
    for (const [name, fn] of props.functions) {
      alarm(
        `${name}Errors`,
        fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        `${name} failed.`,
      );
    }
    alarm(
      'Api5xx',
      props.api.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
      'The API answered with a 5xx.',
    );

    const business = (metricName: string) =>
      new Metric({
        namespace: 'HungYenDelegations',
        metricName,
        dimensionsMap: { service: 'delegations' },
        statistic: 'Sum',
        period: Duration.hours(1),
      });
    new Dashboard(this, 'Dashboard', {
      widgets: [
        [
          new GraphWidget({
            title: 'API requests and errors',
            left: [props.api.metricCount(), props.api.metricClientError(), props.api.metricServerError()],
          }),
          new GraphWidget({
            title: 'API latency (p95)',
            left: [props.api.metricLatency({ statistic: 'p95' })],
          }),
        ],
        [
          new GraphWidget({
            title: 'Function errors',
            left: [...props.functions.values()].map((fn) => fn.metricErrors()),
          }),
          new GraphWidget({
            title: 'Dead-letter queues',
            left: [...props.deadLetterQueues.values()].map((queue) =>
              queue.metricApproximateNumberOfMessagesVisible(),
            ),
          }),
        ],
        [
          new GraphWidget({
            title: 'Delegations and emails',
            left: BUSINESS_METRICS.map(business),
            width: 24,
          }),
        ],
      ],
    });
  }
}
