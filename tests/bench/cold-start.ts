import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { FUNCTION_NODE_OPTIONS } from '../../infra/constructs/bundling';
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
  ATTACHMENTS_BUCKET: 'bench',
  POWERTOOLS_LOG_LEVEL: 'ERROR',
  NODE_OPTIONS: FUNCTION_NODE_OPTIONS,
};

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** One cold start: a fresh node process that imports the bundle and exits. */
interface ColdStart {
  /** The whole process, as the parent sees it: what issue 18 measured and what Lambda's init resembles. */
  processMs: number;
  /** The import alone, timed inside the process: module initialisation, clients built. */
  importMs: number;
}

function coldStart(bundle: Bundle): ColdStart {
  const code = `const t=performance.now();await import(${JSON.stringify(pathToFileURL(bundle.file).href)});process.stdout.write(String(performance.now()-t));`;
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    env: ENV,
    encoding: 'utf8',
  });
  const processMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`${bundle.name} failed to load: ${result.stderr}`);
  return { processMs, importMs: Number(result.stdout) };
}

/** The median whole-process time of a bundle's cold start. */
export function coldStartMs(bundle: Bundle, runs: number): number {
  return median(Array.from({ length: runs }, () => coldStart(bundle).processMs));
}

/**
 * A bundle's cold start beside a floor's, in alternating runs so that both see the same machine
 * load: the medians of the whole processes and their ratio (what issue 18's floor judges), and the
 * milliseconds the bundle's own import adds to the floor's.
 */
export function pairedColdStart(bundle: Bundle, floor: Bundle, runs: number) {
  const own: ColdStart[] = [];
  const base: ColdStart[] = [];
  for (let run = 0; run < runs; run++) {
    base.push(coldStart(floor));
    own.push(coldStart(bundle));
  }
  const ms = median(own.map((start) => start.processMs));
  const floorMs = median(base.map((start) => start.processMs));
  return {
    ms,
    floorMs,
    ratio: ms / floorMs,
    addedImportMs: median(own.map((start) => start.importMs)) - median(base.map((start) => start.importMs)),
  };
}
