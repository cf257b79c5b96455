import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  ApiMapping,
  CorsHttpMethod,
  DomainName,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { Archive, EventBus, type EventPattern, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { Key } from 'aws-cdk-lib/aws-kms';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ScheduleGroup } from 'aws-cdk-lib/aws-scheduler';
import { SqsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { EVENT_SOURCE } from '../events/envelope';
import { tableDesign } from '../shared/adapters/table-design';
import {
  type EventTrigger,
  eventPattern,
  type FunctionSpec,
  functions,
  type HttpTrigger,
  isBucketConsumer,
  isEventConsumer,
  isHttp,
  isQueueConsumer,
  isScheduled,
  type QueueTrigger,
  type ScheduleTrigger,
} from '../shared/manifest';
import type { StageConfig } from './config/schema';
import { AttachmentsBucket } from './constructs/attachments-bucket';
import { BackendFunction } from './constructs/backend-function';
import { pascal } from './constructs/construct-ids';
import { DirectorySeed } from './constructs/directory-seed';
import { MailResources } from './constructs/mail-resources';
import { Monitoring } from './constructs/monitoring';
import { QueueConsumer } from './constructs/queue-consumer';
import { ScheduledFunction } from './constructs/scheduled-function';
import { SignIn } from './constructs/sign-in';
import { WebConsole } from './constructs/web-console';
import { grantTable } from './grants';
import { acknowledgeFindings, acknowledgeServerlessFindings } from './nag-acknowledgements';

export interface DelegationsStackProps extends StackProps {
  projectRoot: string;
  /** The stage's configuration (infra/config/), validated. */
  config: StageConfig;
}

/** All of the infrastructure, generated from the wiring manifest (shared/manifest.ts). */
export class DelegationsStack extends Stack {
  readonly functions = new Map<string, BackendFunction>();
  readonly directorySeed: DirectorySeed;
  private readonly queues = new Map<string, Queue>();
  private readonly rules = new Map<string, Rule>();
  private readonly deadLetterQueues = new Map<string, Queue>();
  /** The group of every schedule, so their errors and drops are alarmed on together. */
  private readonly scheduleGroup = new ScheduleGroup(this, 'Schedules');
  /** What happens to data and logs when the stack is deleted (the stage decides). */
  private readonly keep: RemovalPolicy;
  private readonly config: StageConfig;

  constructor(scope: Construct, id: string, props: DelegationsStackProps) {
    super(scope, id, props);
    const { config } = props;
    // Prod keeps its data when the stack goes; dev can be removed whole.
    const keep = config.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    this.keep = keep;
    this.config = config;

    const dataKey = new Key(this, 'DataKey', {
      description: 'Encrypts delegation records (personal data of foreign guests)',
      enableKeyRotation: true,
      removalPolicy: keep,
    });
    const table = new Table(this, 'Table', {
      partitionKey: { name: tableDesign.partitionKey, type: AttributeType.STRING },
      sortKey: { name: tableDesign.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: dataKey,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: config.retainData,
      removalPolicy: keep,
      timeToLiveAttribute: tableDesign.timeToLiveAttribute,
    });
    for (const index of tableDesign.indexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
      });
    }

    // Events carry the guests' passport numbers: the bus and its archive use the data key, as the
    // table does (thin events would cost every consumer a read of the delegation).
    const busName = `${this.stackName}-events`;
    const bus = new EventBus(this, 'Bus', {
      eventBusName: busName,
      description: 'Domain events of the delegations backend',
      kmsKey: dataKey,
    });
    // The archive's key statement names the bus by its ARN; built from the name, it does not make
    // the key depend on the bus that depends on the key.
    const archivedBus = EventBus.fromEventBusName(this, 'ArchivedBus', busName);
    const archive = new Archive(this, 'Archive', {
      sourceEventBus: archivedBus,
      kmsKey: dataKey,
      description: 'Every domain event, kept for replay after an incident',
      eventPattern: { source: [EVENT_SOURCE] },
      retention: Duration.days(365 * 2),
    });
    archive.node.addDependency(bus);
    // The archive outlives the stack: it is the record to replay from after an incident.
    archive.applyRemovalPolicy(keep);

    const webConsole = new WebConsole(this, 'Console', {
      projectRoot: props.projectRoot,
      removalPolicy: keep,
      domain: config.consoleDomain,
    });
    const consoleOrigins = [...new Set([...config.consoleOrigins, webConsole.origin])];
    const signIn = new SignIn(this, 'SignIn', { config, removalPolicy: keep, consoleOrigins });
    const { userPool, client } = signIn;

    const clients = [client, ...(signIn.smokeTestClient ? [signIn.smokeTestClient] : [])];
    const api = this.httpApi(userPool, clients, consoleOrigins);
    webConsole.deploy({
      apiUrl: config.apiDomain ? `https://${config.apiDomain.name}` : api.api.apiEndpoint,
      userPoolId: userPool.userPoolId,
      clientId: client.userPoolClientId,
      signInDomain: `${config.signIn.domainPrefix}.auth.${this.region}.amazoncognito.com`,
    });
    const mail = new MailResources(this, 'Mail', { domain: config.mailDomain, key: dataKey });
    this.directorySeed = new DirectorySeed(this, 'Directories', {
      table,
      key: dataKey,
      directories: config.directories,
    });
    const attachments = new AttachmentsBucket(this, 'Attachments', {
      key: dataKey,
      removalPolicy: keep,
      consoleOrigins,
    });
    this.deadLetterQueues.set('attachment-uploads', attachments.deadLetters);
    const environment = { TABLE_NAME: table.tableName, EVENT_BUS_NAME: bus.eventBusName };
    // The functions that send mail need the sender, the configuration set and who answers for the Office.
    const mailEnvironment = {
      ...mail.environment,
      ...(config.officeContact.name ? { OFFICE_CONTACT_NAME: config.officeContact.name } : {}),
      ...(config.officeContact.phone ? { OFFICE_CONTACT_PHONE: config.officeContact.phone } : {}),
    };

    for (const [key, spec] of Object.entries(functions) as [string, FunctionSpec][]) {
      const fn = new BackendFunction(this, pascal(key), {
        spec,
        projectRoot: props.projectRoot,
        logRemovalPolicy: keep,
        environment: {
          ...environment,
          ...(spec.access.sendEmail ? mailEnvironment : {}),
          ...(spec.access.retention
            ? { PERSONAL_DATA_RETENTION_MONTHS: String(config.personalDataRetentionMonths) }
            : {}),
          ...(spec.access.files
            ? {
                ATTACHMENTS_BUCKET: attachments.bucket.bucketName,
                // Uploads are held to it; the dossier's list tells the console what it is.
                ATTACHMENT_MAX_BYTES: String(config.attachmentMaxBytes),
              }
            : {}),
        },
      });
      this.functions.set(spec.name, fn);
      acknowledgeServerlessFindings(fn, spec.trigger.type);
      if (spec.access.table) grantTable(fn, table, dataKey, spec.access);
      if (spec.access.publishEvents) bus.grantPutEventsTo(fn);
      if (spec.access.sendEmail) mail.grantSend(fn);
      if (spec.access.files) attachments.grant(fn, spec.access.files);
      if (isBucketConsumer(spec)) attachments.onUpload(fn);
      if (isHttp(spec)) this.addRoute(api.api, api.authorizer, spec, fn);
      if (isEventConsumer(spec)) this.subscribe(bus, spec, fn);
      if (isQueueConsumer(spec)) this.consumeFeedback(mail, spec, fn);
      if (isScheduled(spec)) this.schedule(spec, fn);
    }

    new CfnOutput(this, 'ConsoleUrl', { value: `${webConsole.origin}/` });
    if (config.consoleDomain) {
      new CfnOutput(this, 'ConsoleDomainTarget', {
        description: `Publish ${config.consoleDomain.name} as a CNAME record to this`,
        value: webConsole.distribution.distributionDomainName,
      });
    }
    new CfnOutput(this, 'ApiUrl', { value: api.api.apiEndpoint });
    new CfnOutput(this, 'UserPoolId', { value: userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: client.userPoolClientId });
    new CfnOutput(this, 'SignInUrl', { value: signIn.domain.baseUrl() });
    if (signIn.smokeTestClient)
      new CfnOutput(this, 'SmokeTestClientId', { value: signIn.smokeTestClient.userPoolClientId });
    new CfnOutput(this, 'EventBusName', { value: bus.eventBusName });
    new CfnOutput(this, 'TableName', { value: table.tableName });

    new Monitoring(this, 'Monitoring', {
      api: api.api,
      functions: this.functions,
      deadLetterQueues: this.deadLetterQueues,
      queues: this.queues,
      rules: this.rules,
      bus,
      table,
      schedules: this.scheduleGroup,
      key: dataKey,
      alarmEmails: config.alarmEmails,
    });
    acknowledgeFindings(this);
  }

  private httpApi(userPool: UserPool, clients: UserPoolClient[], origins: readonly string[]) {
    const api = new HttpApi(this, 'Api', {
      description: 'Foreign delegations API of the Hưng Yên Department of Science and Technology',
      createDefaultStage: false,
      corsPreflight: {
        // The console's own origins only: no other site may call the API from a browser.
        allowOrigins: [...origins],
        allowMethods: [CorsHttpMethod.ANY],
        allowHeaders: ['authorization', 'content-type', 'idempotency-key', 'if-match', 'x-correlation-id'],
        // A browser may read only the headers listed here: the ETag for If-Match, the file name of a download.
        exposeHeaders: ['etag', 'content-disposition', 'location', 'x-correlation-id'],
      },
    });
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      retention: RetentionDays.ONE_YEAR,
      removalPolicy: this.keep,
    });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            requestTime: '$context.requestTime',
            routeKey: '$context.routeKey',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            sub: '$context.authorizer.claims.sub',
            authorizerError: '$context.authorizer.error',
            integrationError: '$context.integrationErrorMessage',
            latency: '$context.responseLatency',
          }),
        ),
      },
    });
    const authorizer = new HttpUserPoolAuthorizer('CognitoAuthorizer', userPool, {
      userPoolClients: clients,
    });
    if (this.config.apiDomain) {
      const { name, certificateArn } = this.config.apiDomain;
      if (!certificateArn.includes(`:acm:${this.region}:`))
        throw new Error(`apiDomain.certificateArn must be a certificate in ${this.region}, where the API is`);
      const domainName = new DomainName(this, 'ApiDomain', {
        domainName: name,
        certificate: Certificate.fromCertificateArn(this, 'ApiCertificate', certificateArn),
      });
      new ApiMapping(this, 'ApiDomainMapping', { api, domainName, stage });
      new CfnOutput(this, 'ApiDomainTarget', {
        description: `Publish ${name} as a CNAME record to this`,
        value: domainName.regionalDomainName,
      });
    }
    return { api, authorizer };
  }

  private addRoute(
    api: HttpApi,
    authorizer: HttpUserPoolAuthorizer,
    spec: FunctionSpec<HttpTrigger>,
    fn: BackendFunction,
  ) {
    api.addRoutes({
      path: spec.trigger.path,
      methods: [HttpMethod[spec.trigger.method]],
      integration: new HttpLambdaIntegration(`${pascal(spec.name)}Integration`, fn),
      authorizer,
    });
  }

  /** A queue with a dead-letter queue in front of the function (both watched by Monitoring). */
  private queueFor(spec: FunctionSpec<EventTrigger | QueueTrigger>, fn: BackendFunction) {
    const consumer = new QueueConsumer(this, `${pascal(spec.name)}Consumer`, {
      fn,
      batchSize: spec.trigger.batchSize,
      maxConcurrency: spec.trigger.type === 'events' ? spec.trigger.maxConcurrency : undefined,
      timeoutSeconds: spec.timeoutSeconds ?? 10,
    });
    this.queues.set(spec.name, consumer.queue);
    this.deadLetterQueues.set(spec.name, consumer.deadLetters);
    return consumer;
  }

  private schedule(spec: FunctionSpec<ScheduleTrigger>, fn: BackendFunction) {
    const scheduled = new ScheduledFunction(this, `${pascal(spec.name)}Schedules`, {
      fn,
      schedules: spec.trigger.schedules,
      group: this.scheduleGroup,
    });
    this.deadLetterQueues.set(spec.name, scheduled.deadLetters);
  }

  /** SES bounce and complaint notifications: configuration set → SNS topic → queue → function. */
  private consumeFeedback(mail: MailResources, spec: FunctionSpec<QueueTrigger>, fn: BackendFunction) {
    const { queue, deadLetters } = this.queueFor(spec, fn);
    // A notification SNS cannot deliver to the queue waits in the function's dead-letter queue.
    mail.feedbackTopic.addSubscription(new SqsSubscription(queue, { deadLetterQueue: deadLetters }));
  }

  /** Rule → queue (with a dead-letter queue) → function with partial batch responses. */
  private subscribe(bus: EventBus, spec: FunctionSpec<EventTrigger>, fn: BackendFunction) {
    const id = pascal(spec.name);
    const { queue, deadLetters } = this.queueFor(spec, fn);
    const rule = new Rule(this, `${id}Rule`, {
      eventBus: bus,
      description: `Delivers events to ${spec.name}`,
      eventPattern: toCdkPattern(eventPattern(spec.trigger)),
      targets: [new SqsQueue(queue, { deadLetterQueue: deadLetters, retryAttempts: 10 })],
    });
    this.rules.set(spec.name, rule);
  }
}

/** CDK spells `detail-type` as `detailType`; it writes the same JSON pattern back out. */
function toCdkPattern(pattern: Record<string, readonly string[]>): EventPattern {
  const { source, 'detail-type': detailType, ...rest } = pattern;
  if (Object.keys(rest).length > 0)
    throw new Error(`Unsupported pattern fields: ${Object.keys(rest).join(', ')}`);
  return { source: source ? [...source] : undefined, detailType: detailType ? [...detailType] : undefined };
}
