import { rmSync } from 'node:fs';
import { SDK_CALLS_DIR } from './sdk-calls';

/** Vitest global setup: each run records the AWS calls afresh. */
export default function clearSdkCalls(): void {
  rmSync(SDK_CALLS_DIR, { recursive: true, force: true });
}
