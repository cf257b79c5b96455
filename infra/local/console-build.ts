/**
 * Builds the web console when its build is missing or older than its sources, so `npm start`
 * always serves the console as the code stands. Vite's own API, the same build `npm run build:web` runs.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONSOLE_DIST } from './console-files';

const WEB = resolve(import.meta.dirname, '../../web');
/** Besides web/, the console compiles in the typed client and the Vietnamese names. */
const SOURCES = [
  join(WEB, 'src'),
  join(WEB, 'index.html'),
  join(WEB, 'vite.config.ts'),
  resolve(WEB, '../shared/api/client'),
  resolve(WEB, '../shared/domain/vietnamese-names.ts'),
  resolve(WEB, '../shared/domain/status-names.ts'),
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

export function consoleIsStale(): boolean {
  const built = join(CONSOLE_DIST, 'index.html');
  if (!existsSync(built)) return true;
  return Math.max(...SOURCES.map(newest)) > statSync(built).mtimeMs;
}

/** A production build of the console, into web/dist or `outDir`. */
export async function buildConsole(outDir?: string): Promise<void> {
  const { build } = await import('vite');
  // A production build even under the test runner (NODE_ENV=test would build React's development copy).
  const environment = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    // The config imports the manifest (TypeScript without extensions): load it through Vite's runner.
    await build({
      configFile: join(WEB, 'vite.config.ts'),
      configLoader: 'runner',
      logLevel: 'warn',
      mode: 'production',
      ...(outDir ? { build: { outDir, emptyOutDir: true, manifest: true } } : {}),
    });
  } finally {
    process.env.NODE_ENV = environment;
  }
}

/** Builds the console if needed; says so, since a first build takes a little while. */
export async function ensureConsoleBuilt(log: (line: string) => void = console.log): Promise<void> {
  if (!consoleIsStale()) return;
  log('Building the web console (web/ → web/dist)…');
  await buildConsole();
}
