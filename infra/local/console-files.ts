/**
 * The web console's built files, served by the local gateway from the API's own origin, with the
 * same security headers CloudFront sends in AWS (see infra/constructs/web-console.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { consoleSecurityHeaders } from '../constructs/console-headers';

export const CONSOLE_DIST = resolve(import.meta.dirname, '../../web/dist');

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** The console's own paths: the page, its assets and icon. API routes never start like these. */
const isConsolePath = (path: string) =>
  path === '/' || path === '/index.html' || path.startsWith('/assets/') || path === '/favicon.svg';

/** Answers a console path from `dir`; false when the path is not the console's (the API's then). */
export function serveConsole(
  path: string,
  response: ServerResponse,
  dir = CONSOLE_DIST,
  connect: readonly string[] = [],
): boolean {
  if (!isConsolePath(path)) return false;
  const file = normalize(join(dir, path === '/' ? 'index.html' : path));
  if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
    const missing = path === '/' || path === '/index.html';
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(
      missing
        ? 'The console is not built: run `npm start` (it builds it) or `npm run build:web`.'
        : 'Not found',
    );
    return true;
  }
  const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': cache,
    ...consoleSecurityHeaders(connect),
  });
  response.end(readFileSync(file));
  return true;
}
