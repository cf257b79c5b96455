import { CfnOutput, Duration, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  type IMetric,
  MathExpression,
  Metric,
  TreatMissingData,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import type { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  BUSINESS_METRICS,
  type BusinessMetric,
  METRICS_NAMESPACE,
  SERVICE_NAME,
} from '../../shared/observability/names';

export interface MonitoringProps {
  api: HttpApi;
  functions: ReadonlyMap<string, IFunction>;
  deadLetterQueues: ReadonlyMap<string, Queue>;
  /** The queue in front of each event or feedback consumer, by function name. */
  queues: ReadonlyMap<string, Queue>;
  /** The rule delivering events to each consumer's queue, by function name. */
  rules: ReadonlyMap<string, Rule>;
  bus: EventBus;
  table: Table;
  schedules: ScheduleGroup;
  key: Key;
  /** Who is paged: each address gets an SNS subscription (to confirm from the mail SNS sends). */
  alarmEmails: readonly string[];
}

/** The figures the alarms below page at, each with why. */
export const ALARM_THRESHOLDS = {
  /** A consumer this far behind means notifications reach the agencies late (queues drain in seconds). */
  oldestMessageSeconds: 15 * 60,
  /** SES reviews an account at a 5% bounce rate and a 0.1% complaint rate: page before that. */
  sesBounceRate: 0.04,
  sesComplaintRate: 0.0008,
  /** The sweep runs every five minutes: three sweeps in a row leaving events behind is an outage. */
  outboxSweepsWithBacklog: 3,
} as const;

/** CloudWatch lets an alarm's metric math read at most ten metrics. */
export const FUNCTIONS_PER_ERROR_ALARM = 10;

/**
 * Alarms that page someone to one SNS topic (a message in a dead-letter queue, a function error or
 * throttle, an API 5xx, a consumer falling behind, an undeliverable event, a scheduled invocation
 * lost, table throttling, the outbox backlog, SES reputation), and a dashboard of the API, the functions, the queues and the business metrics.
 */
const business = (metricName: BusinessMetric, period = Duration.hours(1)) =>
  new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service: SERVICE_NAME },
    statistic: 'Sum',
    period,
  });

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
    const alarm = (
      name: string,
      metric: IMetric,
      description: string,
      { threshold = 1, evaluationPeriods = 1 } = {},
    ) =>
      new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods,
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
    // Function errors in groups: an alarm's metric math holds at most ten metrics, and one alarm per
    // function cost 50 of the stack's 500 resources. The description names the group's functions;
    // the dashboard shows which one failed.
    const functions = [...props.functions];
    for (let start = 0; start < functions.length; start += FUNCTIONS_PER_ERROR_ALARM) {
      const group = functions.slice(start, start + FUNCTIONS_PER_ERROR_ALARM);
      alarm(
        `FunctionErrors${start / FUNCTIONS_PER_ERROR_ALARM + 1}`,
        new MathExpression({
          expression: group.map((_, index) => `e${index}`).join(' + '),
          usingMetrics: Object.fromEntries(
            group.map(([, fn], index) => [`e${index}`, fn.metricErrors({ statistic: 'Sum' })]),
          ),
          period: Duration.minutes(5),
          label: 'Function errors',
        }),
        `One of these functions failed: ${group.map(([name]) => name).join(', ')}.`,
      );
    }
    alarm(
      'Api5xx',
      props.api.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' }),
      'The API answered with a 5xx.',
    );
    // One alarm for all functions (the account's Throttles, without a function dimension): a throttle
    // means the account's concurrency ran out, whichever function met it, and one alarm per function
    // cost 40 of the stack's 500 resources. The dashboard shows which function it was.
    alarm(
      'LambdaThrottles',
      new Metric({
        namespace: 'AWS/Lambda',
        metricName: 'Throttles',
        statistic: 'Sum',
        period: Duration.minutes(5),
      }),
      "A function was throttled: the account's concurrency is exhausted or a reserved concurrency is too low (see the dashboard for which).",
    );
    for (const [name, queue] of props.queues) {
      alarm(
        `${name}OldestMessage`,
        queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
        `${name} is more than ${ALARM_THRESHOLDS.oldestMessageSeconds / 60} minutes behind its queue.`,
        { threshold: ALARM_THRESHOLDS.oldestMessageSeconds },
      );
    }
    for (const [name, rule] of props.rules) {
      alarm(
        `${name}RuleFailedInvocations`,
        new Metric({
          namespace: 'AWS/Events',
          metricName: 'FailedInvocations',
          // A rule on a custom bus reports with both dimensions.
          dimensionsMap: { EventBusName: props.bus.eventBusName, RuleName: rule.ruleName },
          statistic: 'Sum',
          period: Duration.minutes(5),
        }),
        `EventBridge could not deliver events to the queue of ${name}.`,
      );
    }
    const ses = (metricName: string) =>
      new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
    alarm(
      'SesBounceRate',
      ses('Reputation.BounceRate'),
      'The SES bounce rate nears the 5% at which AWS reviews the account: check the agency addresses.',
      { threshold: ALARM_THRESHOLDS.sesBounceRate },
    );
    alarm(
      'SesComplaintRate',
      ses('Reputation.ComplaintRate'),
      'The SES complaint rate nears the 0.1% at which AWS reviews the account.',
      { threshold: ALARM_THRESHOLDS.sesComplaintRate },
    );
    alarm(
      'SchedulerTargetErrors',
      props.schedules.metricTargetErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      'EventBridge Scheduler could not invoke a scheduled function.',
    );
    alarm(
      'SchedulerDropped',
      props.schedules.metricDropped({ period: Duration.minutes(5), statistic: 'Sum' }),
      'EventBridge Scheduler dropped a scheduled invocation after its retries.',
    );
    alarm(
      'TableThrottles',
      new MathExpression({
        expression: 'reads + writes',
        usingMetrics: {
          reads: props.table.metric('ReadThrottleEvents', { statistic: 'Sum' }),
          writes: props.table.metric('WriteThrottleEvents', { statistic: 'Sum' }),
        },
        period: Duration.minutes(5),
        label: 'Throttled table requests',
      }),
      'DynamoDB throttled requests to the table.',
    );
    alarm(
      'OutboxBacklog',
      business('OutboxBacklog', Duration.minutes(5)),
      'Events wait in the outbox after three sweeps: the event bus refuses them (see the README on the outbox).',
      { evaluationPeriods: ALARM_THRESHOLDS.outboxSweepsWithBacklog },
    );

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
            title: 'Function throttles',
            left: [...props.functions.values()].map((fn) => fn.metricThrottles()),
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
            left: BUSINESS_METRICS.map((name) => business(name)),
            width: 24,
          }),
        ],
      ],
    });
  }
}
