import { SESClient } from '@aws-sdk/client-ses';
import { requiredEnv } from './environment';

/**
 * Built once per cold start; the endpoint comes from AWS_ENDPOINT_URL_SES locally. The SDK's
 * standard retry strategy retries throttling with exponential backoff and jitter.
 */
export const sesClient = new SESClient({ maxAttempts: 4 });

export const mailFrom = (): string => requiredEnv('MAIL_FROM');
export const configurationSet = (): string | undefined => process.env.SES_CONFIGURATION_SET || undefined;
