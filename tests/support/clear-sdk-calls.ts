import { rmSync } from 'node:fs';
import { API_RESPONSES_DIR, SDK_CALLS_DIR } from './sdk-calls';

/** Vitest global setup: each run records the AWS calls and the API's answers afresh. */
export default function clearSdkCalls(): void {
  rmSync(SDK_CALLS_DIR, { recursive: true, force: true });
  rmSync(API_RESPONSES_DIR, { recursive: true, force: true });
}
