/**
 * Consumers read event data typed by the catalogue (`eventConsumer` hands each handler the events
 * its manifest entry subscribes to): nobody casts it, notify-agencies' facts included.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CAST = /\bdata\b(\s*\?\?\s*\{\})?\)?\s+as\s+[A-Z{]/;

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    return statSync(join(ROOT, path)).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('Event data', () => {
  it('is never cast by a consumer', () => {
    const casting = ['functions', 'shared', 'events']
      .flatMap(sources)
      .filter((path) => CAST.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(casting).toEqual([]);
  });
});
