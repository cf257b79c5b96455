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

export async function buildConsole(): Promise<void> {
  const { build } = await import('vite');
  // The config imports the manifest (TypeScript without extensions): load it through Vite's runner.
  await build({ configFile: join(WEB, 'vite.config.ts'), configLoader: 'runner', logLevel: 'warn' });
}

/** Builds the console if needed; says so, since a first build takes a little while. */
export async function ensureConsoleBuilt(log: (line: string) => void = console.log): Promise<void> {
  if (!consoleIsStale()) return;
  log('Building the web console (web/ → web/dist)…');
  await buildConsole();
}
