/**
 * What the template gives each function in AWS (region, table, bus, bucket, sender), given here to
 * the handlers of this process, with the local servers as the AWS endpoints of the SDK clients.
 */

import { LOCAL_ATTACHMENTS_BUCKET } from './s3-server';
import type { Credentials } from './signature-check';

export function setLocalEnvironment(options: {
  region: string;
  tableName: string;
  busName: string;
  credentials: Credentials;
  endpoints: { dynamodb: string; eventbridge: string; ses: string; s3: string };
}): void {
  Object.assign(process.env, {
    AWS_REGION: options.region,
    // The bus answers PutEvents only from this process's handlers, which sign with this key.
    AWS_ACCESS_KEY_ID: options.credentials.accessKeyId,
    AWS_SECRET_ACCESS_KEY: options.credentials.secretAccessKey,
    // The local bus redelivers within a second, not after SQS's visibility timeout.
    NOTIFICATION_LOCK_MS: process.env.NOTIFICATION_LOCK_MS ?? '500',
    AWS_ENDPOINT_URL_DYNAMODB: options.endpoints.dynamodb,
    AWS_ENDPOINT_URL_EVENTBRIDGE: options.endpoints.eventbridge,
    AWS_ENDPOINT_URL_SES: options.endpoints.ses,
    AWS_ENDPOINT_URL_S3: options.endpoints.s3,
    // s3rver serves buckets by path, not as subdomains.
    S3_FORCE_PATH_STYLE: 'true',
    ATTACHMENTS_BUCKET: LOCAL_ATTACHMENTS_BUCKET,
    TABLE_NAME: options.tableName,
    EVENT_BUS_NAME: options.busName,
    MAIL_FROM: 'Văn phòng Sở KH&CN Hưng Yên <vanphong@sokhcn.hungyen.example.gov.vn>',
    // The local SES server keeps every mail: the directories' placeholder addresses may receive it here.
    MAIL_TO_PLACEHOLDERS: 'true',
    // Who answers for the Office in every email (sample values for the local stack).
    OFFICE_CONTACT_NAME: process.env.OFFICE_CONTACT_NAME ?? 'Trần Văn Minh, chuyên viên Văn phòng Sở',
    OFFICE_CONTACT_PHONE: process.env.OFFICE_CONTACT_PHONE ?? '0221 3 863 000',
  });
  process.env.POWERTOOLS_LOG_LEVEL ??= 'INFO';
  // CloudWatch metrics (EMF lines) mean nothing on this machine.
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
}
