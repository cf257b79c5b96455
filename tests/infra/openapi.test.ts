import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { Document, Spectral } from '@stoplight/spectral-core';
import parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { describe, expect, it } from 'vitest';
import { CLIENT_TYPES_FILE, clientTypes } from '../../infra/openapi/client-types';
import { docsPage } from '../../infra/openapi/docs-page';
import { openApiDocument } from '../../infra/openapi/document';
import { functionSpecs, isHttp } from '../../shared/manifest';

const document = openApiDocument();

describe('The OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await validate(structuredClone(document) as never);
    expect(result.valid, JSON.stringify(result)).toBe(true);
  });

  it("passes Redocly's recommended rules without an error or a warning", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: 'openapi.json',
      config,
    });
    expect(problems.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
  });

  it("passes Spectral's OpenAPI ruleset, every operation's tag declared with its description", async () => {
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [oas], rules: { 'tag-description': 'warn' } } as never);
    const results = await spectral.run(new Document(JSON.stringify(document), parsers.Json, 'openapi.json'));
    expect(results.map((result) => `${result.code}: ${result.path.join('.')}`)).toEqual([]);
  });

  it('describes every route of the wiring manifest with the roles that may call it', () => {
    for (const spec of functionSpecs.filter(isHttp)) {
      const operation = (document.paths?.[spec.trigger.path] as Record<string, any> | undefined)?.[
        spec.trigger.method.toLowerCase()
      ];
      expect(operation, `${spec.trigger.method} ${spec.trigger.path}`).toBeDefined();
      expect(operation['x-roles']).toEqual(spec.trigger.roles);
    }
  });

  it('takes the request schemas from the zod schemas the handlers validate with', () => {
    const paths = document.paths as Record<string, any>;
    const schemas = document.components?.schemas as Record<string, any>;
    const register = paths['/delegations'].post.requestBody.content['application/json'].schema;
    const resolved = register.$ref ? schemas[register.$ref.split('/').pop()] : register;
    expect(resolved.required).toEqual(
      expect.arrayContaining(['partner', 'members', 'purpose', 'visit', 'hostDivision', 'contact']),
    );
    expect(resolved.additionalProperties).toBe(false);
  });

  it('renders a readable reference page that links to the document', () => {
    const html = docsPage(document);
    expect(html).toContain('href="/openapi.json"');
    expect(html).toContain('<code>/delegations/{id}/meetings</code>');
  });
});

describe('The typed client (shared/api/client)', () => {
  it('has the types of the document as it stands (run `npm run client` after changing a route)', async () => {
    const written = readFileSync(resolve(import.meta.dirname, '../..', CLIENT_TYPES_FILE), 'utf8');
    expect(written === (await clientTypes()), `${CLIENT_TYPES_FILE} is stale: run npm run client`).toBe(true);
  });
});
