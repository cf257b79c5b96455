/**
 * Stack traces that name our TypeScript files and lines, read from the bundle's source map only
 * when an error's stack is first formatted. Node's `--enable-source-maps` does the same but reads and
 * indexes the whole map while the bundle loads, on every cold start whether or not anything fails:
 * 9–15 ms of a 140–200 ms import on the development machine. Errors are rare; cold starts are not.
 */
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface BundleMap {
  map: SourceMap;
  /** Where the map's relative source paths start from, as Node's own source maps resolve them. */
  base: URL;
}

const maps = new Map<string, BundleMap | undefined>();

/** The source map beside a bundle (`index.mjs.map`), read once; none for files without one. */
function sourceMapOf(file: string): BundleMap | undefined {
  if (!maps.has(file)) {
    let found: BundleMap | undefined;
    try {
      const path = `${file.startsWith('file:') ? fileURLToPath(file) : file}.map`;
      found = { map: new SourceMap(JSON.parse(readFileSync(path, 'utf8'))), base: pathToFileURL(path) };
    } catch {
      found = undefined;
    }
    maps.set(file, found);
  }
  return maps.get(file);
}

/** The TypeScript position of a bundle position (both 1-based), or undefined where the map has none. */
const original = (map: SourceMap, line: number | null, column: number | null) => {
  if (!line || !column) return undefined;
  const origin = map.findOrigin(line, column);
  return 'fileName' in origin ? origin : undefined;
};

function frame(site: NodeJS.CallSite, caller: NodeJS.CallSite | undefined): string {
  const file = site.getFileName();
  const bundle = file?.endsWith('.mjs') ? sourceMapOf(file) : undefined;
  const at = bundle && original(bundle.map, site.getLineNumber(), site.getColumnNumber());
  if (!bundle || !at) return `    at ${site}`;
  // V8 reports minified names: the original one is the name the caller used (its call's position),
  // else the name at the function's start.
  const called =
    caller?.getFileName() === file
      ? original(bundle.map, caller.getLineNumber(), caller.getColumnNumber())
      : undefined;
  const enclosing = original(bundle.map, site.getEnclosingLineNumber(), site.getEnclosingColumnNumber());
  const name = called?.name || enclosing?.name || site.getFunctionName() || '<anonymous>';
  const source = fileURLToPath(new URL(at.fileName, bundle.base));
  return `    at ${name} (${source}:${at.lineNumber}:${at.columnNumber})`;
}

/** Formats every error's stack through the source maps, unless Node already does it. */
export function mapStackTraces(): void {
  if (process.sourceMapsEnabled) return;
  Error.prepareStackTrace = (error: Error, sites: NodeJS.CallSite[]) =>
    [Error.prototype.toString.call(error), ...sites.map((site, i) => frame(site, sites[i + 1]))].join('\n');
}
