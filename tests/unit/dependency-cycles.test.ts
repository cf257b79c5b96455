/**
 * No import cycles, between files or between folders (shared/domain, shared/compliance, events…):
 * a newcomer can read a folder knowing only the folders below it.
 */
import madge from 'madge';
import { describe, expect, it } from 'vitest';

const ROOTS = ['shared', 'functions', 'events', 'infra'];
/** shared/<folder> for shared code, the top folder otherwise. */
const folderOf = (file: string) =>
  file
    .split('/')
    .slice(0, file.startsWith('shared/') ? 2 : 1)
    .join('/');

describe('The code’s imports', () => {
  it('form no cycle between files, nor between folders', async () => {
    const graph = await madge(ROOTS, { fileExtensions: ['ts'], tsConfig: 'tsconfig.json' });
    expect(graph.circular()).toEqual([]);
    const imports = new Map<string, Set<string>>();
    for (const [file, dependencies] of Object.entries(graph.obj()))
      for (const dependency of dependencies) {
        const [from, to] = [folderOf(file), folderOf(dependency)];
        if (from !== to) imports.set(from, (imports.get(from) ?? new Set()).add(to));
      }
    const mutual = [...imports]
      .flatMap(([from, targets]) =>
        [...targets].filter((to) => imports.get(to)?.has(from)).map((to) => `${from} ↔ ${to}`),
      )
      .sort();
    expect(mutual).toEqual([]);
  }, 60_000);
});
