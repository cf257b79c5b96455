import { Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Effect, type IGrantable, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type CfnBucket,
  HttpMethods,
  ObjectOwnership,
} from 'aws-cdk-lib/aws-s3';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct, type IConstruct } from 'constructs';
import type { FunctionAccess } from '../../shared/manifest';
import { deadLetterQueue } from './dead-letter-queue';

export interface AttachmentsBucketProps {
  key: Key;
  removalPolicy: RemovalPolicy;
  /** The console's origins: the browser uploads and downloads with presigned URLs from there. */
  consoleOrigins: readonly string[];
}

/** The id CDK gives its singleton that configures bucket notifications. */
const NOTIFICATIONS_HANDLER = 'BucketNotificationsHandler050a0587b7544547bf325f094a3db834';

/** The prefix every dossier file is written under (shared/domain/attachment.ts, objectKeyOf). */
const PREFIX = 'delegations/';

const FILE_ACTIONS = {
  upload: { s3: ['s3:PutObject'], kms: ['kms:GenerateDataKey', 'kms:Encrypt'] },
  read: { s3: ['s3:GetObject', 's3:GetObjectVersion'], kms: ['kms:Decrypt'] },
  delete: { s3: ['s3:DeleteObject', 's3:DeleteObjectVersion'], kms: [] },
} as const;
/** Deleting every version of a key starts by listing them, a permission on the bucket itself. */
const BUCKET_ACTIONS = { upload: [], read: [], delete: ['s3:ListBucketVersions'] } as const;

/**
 * The visit's dossier: a private, versioned bucket encrypted with the data key (the files hold
 * personal data), TLS only, reached by the browser only through short-lived presigned URLs, with
 * access logs; S3 reports each upload to EventBridge, which hands it to the confirming function.
 */
export class AttachmentsBucket extends Construct {
  readonly bucket: Bucket;
  readonly deadLetters: Queue;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: AttachmentsBucketProps,
  ) {
    super(scope, id);
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // S3 writes server access logs only to a bucket with S3-managed keys.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: props.removalPolicy,
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions::AwsSolutions-S1',
      reason: 'This bucket receives the access logs of the attachments bucket; logging it again would loop.',
    });
    this.bucket = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.KMS,
      encryptionKey: props.key,
      bucketKeyEnabled: true,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      eventBridgeEnabled: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 'attachments/',
      cors: [
        {
          allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
          allowedOrigins: [...props.consoleOrigins],
          allowedHeaders: ['content-type', 'if-none-match'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [
        {
          abortIncompleteMultipartUploadAfter: Duration.days(1),
          // A deletion removes every version itself; these catch what a failed one left behind.
          noncurrentVersionExpiration: Duration.days(1),
          expiredObjectDeleteMarker: true,
        },
      ],
      removalPolicy: props.removalPolicy,
    });
    this.deadLetters = deadLetterQueue(this, 'UploadEventsDeadLetters');
    Validations.of(this.deadLetters).acknowledge({
      id: 'AwsSolutions::AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter queue of the upload rule’s target.',
    });
    // CDK's own function that turns on the bucket's EventBridge notifications at deploy time.
    const notifications = Stack.of(this).node.tryFindChild(NOTIFICATIONS_HANDLER);
    if (notifications)
      Validations.of(notifications).acknowledge({
        id: 'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          "CDK's bucket-notifications handler writes its own logs with the basic execution policy; it only sets this bucket's notification configuration, once per deploy.",
      });
  }

  /** What a function's manifest entry allows on the bucket, under the dossier's prefix only. */
  grant(grantee: IGrantable, access: NonNullable<FunctionAccess['files']>): void {
    const s3 = access.flatMap((kind) => FILE_ACTIONS[kind].s3);
    const kms = [...new Set(access.flatMap((kind) => FILE_ACTIONS[kind].kms))];
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: s3,
        resources: [this.bucket.arnForObjects(`${PREFIX}*`)],
      }),
    );
    const bucketId = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as CfnBucket);
    Validations.of(grantee.grantPrincipal as unknown as IConstruct).acknowledge({
      id: `AwsSolutions::AwsSolutions-IAM5[Resource::<${bucketId}.Arn>/${PREFIX}*]`,
      reason:
        "The dossier's objects under its own prefix: their keys (delegations/<id>/<attachment id>) are made per upload, so no fixed ARN can name them.",
    });
    const onBucket = access.flatMap((kind) => BUCKET_ACTIONS[kind]);
    if (onBucket.length > 0)
      grantee.grantPrincipal.addToPrincipalPolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: onBucket,
          resources: [this.bucket.bucketArn],
          conditions: { StringLike: { 's3:prefix': [`${PREFIX}*`] } },
        }),
      );
    if (kms.length > 0)
      grantee.grantPrincipal.addToPrincipalPolicy(
        new PolicyStatement({ effect: Effect.ALLOW, actions: kms, resources: [this.props.key.keyArn] }),
      );
  }

  /** Each upload under the dossier's prefix, as S3 reports it, to `fn` (retried, then parked). */
  onUpload(fn: IFunction): Rule {
    return new Rule(this, 'Uploaded', {
      description: 'Hands each upload to the dossier to the function that checks it',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [this.bucket.bucketName] }, object: { key: [{ prefix: PREFIX }] } },
      },
      targets: [
        new LambdaFunction(fn, {
          deadLetterQueue: this.deadLetters,
          retryAttempts: 4,
          maxEventAge: Duration.hours(6),
        }),
      ],
    });
  }
}
