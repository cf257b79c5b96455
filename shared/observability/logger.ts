import { Logger } from '@aws-lambda-powertools/logger';
import { SERVICE_NAME } from './names';

/** One structured JSON logger for every function; the level comes from POWERTOOLS_LOG_LEVEL. */
export const logger = new Logger({ serviceName: SERVICE_NAME });
