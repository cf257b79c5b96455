/**
 * Vitest global setup, once before any test file: builds the web console if it is stale and unpacks
 * the browser, so that test files running side by side never build or unpack into the same folder.
 */
import chromium from '@sparticuz/chromium';
import { ensureConsoleBuilt } from '../../infra/local/console-build';

export default async function prepareBrowserTests(): Promise<void> {
  await ensureConsoleBuilt(() => undefined);
  await chromium.executablePath();
}
