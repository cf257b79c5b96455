import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { functionSpecs } from '../../shared/manifest';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

describe('The README', () => {
  it.each(functionSpecs.map((spec) => [spec.name, spec.description]))(
    'explains the function %s',
    (name, description) => {
      expect(readme).toContain(`| \`${name}\` |`);
      expect(readme).toContain(description);
    },
  );

  it('gives the two set-up commands CI relies on', () => {
    expect(readme).toContain('`npm ci && npm start`');
    expect(readme).toContain('`npm ci && npm test`');
  });
});
