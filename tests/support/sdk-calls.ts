import { resolve } from 'node:path';

/** Where the local stacks of a test run write the AWS calls each function made (see sdk-call-recorder). */
export const SDK_CALLS_DIR = resolve(import.meta.dirname, '../../.sdk-calls');

/** Where they write what each HTTP route answered (see response-recorder). */
export const API_RESPONSES_DIR = resolve(import.meta.dirname, '../../.api-responses');
