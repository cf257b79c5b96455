/**
 * What the web console's screens cost to download, gzipped as CloudFront serves them: the
 * JavaScript the page needs before it shows the sign-in page (the first screen), and before it
 * shows the Office's worklist once signed in. Read from Vite's manifest of a production build.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildConsole } from '../../infra/local/console-build';

interface Chunk {
  file: string;
  imports?: string[];
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

export async function consoleSizes(): Promise<{ firstScreenKb: number; worklistKb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'console-size-'));
  await buildConsole(dir);
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;
  /** A chunk and every chunk it imports statically (what the browser fetches before running it). */
  const closure = (key: string, seen = new Set<string>()): Set<string> => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
    return seen;
  };
  const size = (keys: Set<string>) =>
    [...keys].reduce(
      (sum, key) => sum + gzipSync(readFileSync(join(dir, manifest[key]?.file ?? ''))).length,
      0,
    );
  const first = closure('index.html');
  const worklist = closure('src/pages/WorklistPage.tsx', closure('src/SignedIn.tsx', new Set(first)));
  return { firstScreenKb: kb(size(first)), worklistKb: kb(size(worklist)) };
}
