import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { requiredEnv } from './environment';

/** Built once per cold start; the endpoint comes from AWS_ENDPOINT_URL_EVENTBRIDGE locally. */
export const eventBridgeClient = new EventBridgeClient({ maxAttempts: 3 });

export const eventBusName = (): string => requiredEnv('EVENT_BUS_NAME');
