import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { Bundle } from './bundles';

/** What module initialisation needs to find in the environment, as in Lambda. */
const ENV = {
  ...process.env,
  AWS_REGION: 'ap-southeast-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  TABLE_NAME: 'bench',
  EVENT_BUS_NAME: 'bench',
  MAIL_FROM: 'bench@example.gov.vn',
  POWERTOOLS_LOG_LEVEL: 'ERROR',
};

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** How long one fresh node process takes to import a bundle (module initialisation, clients built). */
function importMs(bundle: Bundle): number {
  const code = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(bundle.file).href)});process.stdout.write(String(performance.now()-t));`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    env: ENV,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${bundle.name} failed to load: ${result.stderr}`);
  return Number(result.stdout);
}

/** The median time a fresh node process takes to import a bundle. */
export function coldStartMs(bundle: Bundle, runs: number): number {
  return median(Array.from({ length: runs }, () => importMs(bundle)));
}

/**
 * A bundle's cold start beside a floor's, measured in alternating runs so that both see the same
 * machine load: the medians and their ratio (what the floors of issue 18 judge).
 */
export function pairedColdStart(bundle: Bundle, floor: Bundle, runs: number) {
  const own: number[] = [];
  const base: number[] = [];
  for (let run = 0; run < runs; run++) {
    base.push(importMs(floor));
    own.push(importMs(bundle));
  }
  return { ms: median(own), floorMs: median(base), ratio: median(own) / median(base) };
}
