/**
 * Every answer the local stack gave during the suite, held to its route's contract: a success has the
 * contract's status and body schema (or one of its file types), carries the ETag and Location the
 * contract promises, and every error is a documented status with the error body. Runs after the main
 * suite (`npm test`), which writes the answers to API_RESPONSES_DIR.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordedResponse } from '../../infra/local/response-recorder';
import { errorsOf } from '../../infra/openapi/document';
import { errorSchema } from '../../shared/api/response-schemas';
import { type HttpFunctionKey, routeContracts } from '../../shared/api/routes';
import type { RouteContract } from '../../shared/http/contract';
import { type FunctionSpec, functions, type HttpTrigger } from '../../shared/manifest';
import { API_RESPONSES_DIR } from '../support/sdk-calls';

const files = existsSync(API_RESPONSES_DIR) ? readdirSync(API_RESPONSES_DIR) : [];
const answers = files.flatMap(
  (file) => JSON.parse(readFileSync(join(API_RESPONSES_DIR, file), 'utf8')) as RecordedResponse[],
);
const routes = (Object.entries(routeContracts) as [HttpFunctionKey, RouteContract][]).map(
  ([key, contract]) => ({
    spec: functions[key] as FunctionSpec<HttpTrigger>,
    contract,
  }),
);

const issuesOf = (schema: RouteContract['ok']['schema'], body: unknown) => {
  const result = schema.safeParse(body);
  return result.success
    ? []
    : result.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('What the API answered in the suite', () => {
  it('was recorded (run `npm test`, which records it first)', () => {
    expect(answers.length, `no answers in ${API_RESPONSES_DIR}`).toBeGreaterThan(0);
  });

  it.each(routes.map((route) => [`${route.spec.trigger.method} ${route.spec.trigger.path}`, route] as const))(
    '%s answered successfully at least once, as its contract says',
    (_route, { spec, contract }) => {
      const successes = answers.filter((a) => a.function === spec.name && a.status < 400);
      expect(successes.length, `${spec.name}: no successful answer in the suite`).toBeGreaterThan(0);
      for (const answer of successes) {
        expect(answer.status, spec.name).toBe(contract.ok.status);
        if (answer.contentType?.startsWith('application/json')) {
          expect(issuesOf(contract.ok.schema, answer.body), spec.name).toEqual([]);
        } else {
          const type = answer.contentType?.split(';')[0];
          expect(contract.ok.files ?? [], `${spec.name} answered ${type}`).toContain(type);
        }
        if (contract.etag && answer.contentType?.startsWith('application/json')) {
          const version = contract.etag(answer.body);
          if (version !== undefined) expect(answer.etag, spec.name).toBe(`"${version}"`);
        }
        if (contract.location) expect(answer.location, spec.name).toBe(contract.location(answer.body));
      }
    },
  );

  it('refused only with the errors each route documents, in the error shape', () => {
    const undocumented: string[] = [];
    for (const { spec, contract } of routes) {
      const documented = errorsOf(spec, contract).map(Number);
      for (const answer of answers.filter((a) => a.function === spec.name && a.status >= 400)) {
        if (!documented.includes(answer.status)) undocumented.push(`${spec.name} ${answer.status}`);
        expect(errorSchema.safeParse(answer.body).success, `${spec.name} ${answer.status}`).toBe(true);
      }
    }
    expect([...new Set(undocumented)]).toEqual([]);
  });
});
