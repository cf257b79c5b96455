/**
 * The web console in AWS: its built files in a private bucket (encrypted, TLS only, no public
 * access) behind CloudFront with origin access control, every path that is not a file answered with
 * the console (SPA fallback), the same security headers as locally, and a `config.json` written at
 * deploy time with the API's URL and the user pool's sign-in.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DockerImage, Duration, type RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  Distribution,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { consoleContentSecurityPolicy } from './console-headers';

export interface WebConsoleProps {
  projectRoot: string;
  removalPolicy: RemovalPolicy;
  /** The console on the Department's own name, with an ACM certificate in us-east-1 (CloudFront's). */
  domain?: { name: string; certificateArn: string };
}

/** What the console reads from config.json (web/src/config.ts). */
export interface ConsoleSettings {
  apiUrl: string;
  userPoolId: string;
  clientId: string;
  /** The managed login's host, e.g. hungyen-doanvao.auth.ap-southeast-1.amazoncognito.com. */
  signInDomain: string;
}

/** The console's build, made on this machine by Vite when the stack is synthesized. */
function consoleBuild(projectRoot: string) {
  return Source.asset(join(projectRoot, 'web'), {
    exclude: ['dist', 'node_modules'],
    bundling: {
      // Never used: the local build below always runs or fails the synth.
      image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:24'),
      command: ['npx', 'vite', 'build', '--config', 'web/vite.config.ts'],
      local: {
        tryBundle(outputDir) {
          execFileSync(
            process.execPath,
            [
              join(projectRoot, 'node_modules/vite/bin/vite.js'),
              'build',
              '--config',
              'web/vite.config.ts',
              '--configLoader',
              'runner',
              '--outDir',
              outputDir,
              '--emptyOutDir',
              '--logLevel',
              'warn',
            ],
            { cwd: projectRoot, stdio: 'inherit' },
          );
          return true;
        },
      },
    },
  });
}

export class WebConsole extends Construct {
  readonly distribution: Distribution;
  /** https://… where people open the console. */
  readonly origin: string;
  private readonly bucket: Bucket;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: WebConsoleProps,
  ) {
    super(scope, id);
    const region = Stack.of(this).region;
    this.bucket = new Bucket(this, 'Files', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      removalPolicy: props.removalPolicy,
      autoDeleteObjects: false,
    });
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'The console: no inline script, only the API and Cognito to talk to, never framed',
      securityHeadersBehavior: {
        // The API and the sign-in by pattern: naming the API here would make the API's CORS
        // (which names this distribution) and the distribution depend on each other.
        contentSecurityPolicy: {
          override: true,
          contentSecurityPolicy: consoleContentSecurityPolicy([
            `https://*.execute-api.${region}.amazonaws.com`,
            `https://cognito-idp.${region}.amazonaws.com`,
            `https://*.auth.${region}.amazoncognito.com`,
            // The dossier's presigned uploads and downloads go straight to the attachments bucket.
            `https://*.s3.${region}.amazonaws.com`,
          ]),
        },
        strictTransportSecurity: {
          override: true,
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
        },
        frameOptions: { override: true, frameOption: HeadersFrameOption.DENY },
        contentTypeOptions: { override: true },
        referrerPolicy: { override: true, referrerPolicy: HeadersReferrerPolicy.SAME_ORIGIN },
      },
    });
    const domain = props.domain;
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Web console of the foreign delegations backend',
      defaultRootObject: 'index.html',
      priceClass: PriceClass.PRICE_CLASS_200,
      minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: headers,
      },
      // A path that is no file (the sign-in callback, a bookmarked screen) gets the console itself.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: '/index.html',
        ttl: Duration.seconds(0),
      })),
      ...(domain
        ? {
            domainNames: [domain.name],
            certificate: Certificate.fromCertificateArn(this, 'Certificate', domain.certificateArn),
          }
        : {}),
    });
    this.origin = `https://${domain?.name ?? this.distribution.distributionDomainName}`;
    acknowledgeConsoleFindings(this.distribution, Boolean(domain));
    Validations.of(this.bucket).acknowledge({
      id: 'AwsSolutions::AwsSolutions-S1',
      reason:
        'No server access logs: the bucket holds the console build only (no data), written by the deploy and read by CloudFront alone.',
    });
  }

  /** Uploads the console and its config.json, and clears CloudFront's copies of both. */
  deploy(settings: ConsoleSettings): void {
    const region = Stack.of(this).region;
    const config = {
      auth: 'cognito',
      apiUrl: settings.apiUrl,
      cognito: {
        authority: `https://cognito-idp.${region}.amazonaws.com/${settings.userPoolId}`,
        clientId: settings.clientId,
        domain: settings.signInDomain,
      },
    };
    const deployment = new BucketDeployment(this, 'Deploy', {
      destinationBucket: this.bucket,
      sources: [consoleBuild(this.props.projectRoot), Source.jsonData('config.json', config)],
      distribution: this.distribution,
      distributionPaths: ['/index.html', '/config.json'],
      memoryLimit: 512,
    });
    acknowledgeDeploymentFindings(deployment);
  }
}

function acknowledgeConsoleFindings(distribution: Construct, customDomain: boolean): void {
  const acknowledge = (id: string, reason: string) =>
    Validations.of(distribution).acknowledge({ id, reason });
  acknowledge(
    'AwsSolutions::AwsSolutions-CFR1',
    'No geo restriction: officials travel and partners abroad may need the console; sign-in protects it.',
  );
  acknowledge(
    'AwsSolutions::AwsSolutions-CFR2',
    'No WAF yet: the console is static files; every call it makes goes to the API, which is throttled and needs a Cognito token.',
  );
  acknowledge(
    'AwsSolutions::AwsSolutions-CFR3',
    'No CloudFront access logs: the files are public code without data; who did what is in the API access logs and the timeline.',
  );
  if (!customDomain) {
    acknowledge(
      'AwsSolutions::AwsSolutions-CFR4',
      'Without a custom domain CloudFront serves its own *.cloudfront.net certificate, which allows TLS 1.0 for old clients; set `consoleDomain` in the stage configuration for TLS 1.2 only.',
    );
  }
}

/** CDK's BucketDeployment function: its permissions and runtime are the library's, for a deploy-time copy. */
const deploymentFindings: Record<string, string> = {
  'AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
    'it writes its logs with the AWS-managed basic execution role',
  'AwsSolutions::AwsSolutions-IAM5[Action::s3:Abort*]': 'it replaces every object of the console build',
  'AwsSolutions::AwsSolutions-IAM5[Action::s3:DeleteObject*]': 'it removes files an older build had',
  'AwsSolutions::AwsSolutions-IAM5[Action::s3:GetBucket*]': 'it reads the bucket it copies into',
  'AwsSolutions::AwsSolutions-IAM5[Action::s3:GetObject*]': 'it reads the build from the CDK asset bucket',
  'AwsSolutions::AwsSolutions-IAM5[Action::s3:List*]': 'it lists the files it replaces',
  'AwsSolutions::AwsSolutions-IAM5[Resource::*]':
    'cloudfront:CreateInvalidation and GetInvalidation have no resource-level permissions',
  'AwsSolutions::AwsSolutions-IAM5[Resource::<ConsoleFiles2D43986C.Arn>/*]':
    'the console files are every object of its bucket',
  'AwsSolutions::AwsSolutions-L1': 'its runtime is chosen by the CDK version',
  'Serverless::Serverless-LambdaDLQ':
    'it runs as a CloudFormation custom resource, which reports its failure to the deploy',
  'Serverless::Serverless-LambdaLatestVersion': 'its runtime is chosen by the CDK version',
  'Serverless::Serverless-LambdaTracing': 'a deploy-time copy, not part of any request',
};

function acknowledgeDeploymentFindings(deployment: Construct): void {
  const stack = Stack.of(deployment);
  const assets = `AwsSolutions::AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*]`;
  const findings = { ...deploymentFindings, [assets]: 'it reads the build from the CDK asset bucket' };
  for (const child of stack.node.findAll()) {
    if (!child.node.id.startsWith('Custom::CDKBucketDeployment')) continue;
    for (const [id, why] of Object.entries(findings)) {
      Validations.of(child).acknowledge({
        id,
        reason: `CDK's BucketDeployment (uploads the console on deploy): ${why}.`,
      });
    }
  }
}
