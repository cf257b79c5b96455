import * as z from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from 'zod-openapi';
import { functionSpecs, isHttp } from '../../shared/manifest';
import { routeDocs } from './routes';

const errorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })
  .meta({
    id: 'Error',
    description: 'Every error: a code to act on, a message for people, details where useful',
  });

const errors: Record<string, string> = {
  '400': 'Malformed JSON, invalid fields (details.issues), a foreign cursor',
  '401': 'Missing, expired or invalid token',
  '403': 'The role may not do this',
  '404': 'Unknown delegation or meeting',
  '409': 'Conflict: a booked slot, a forbidden status change, a key still in use',
  '412': 'If-Match names an older version',
  '413': 'Body over 256 KiB',
  '415': 'Body is not JSON',
  '422': 'Well-formed but impossible (a meeting outside working hours, a reused key)',
  '428': 'If-Match is required',
  '503': 'An AWS service failed; retry with the same Idempotency-Key',
};

const headerParam = (name: string) => ({
  in: 'header' as const,
  name: name.replace(' (optional)', ''),
  required: !name.includes('optional'),
  schema: { type: 'string' as const },
});

/** The OpenAPI 3.1 document, generated from the manifest and the zod schemas the handlers validate with. */
export function openApiDocument() {
  const paths: ZodOpenApiPathsObject = {};
  for (const spec of functionSpecs.filter(isHttp)) {
    const key = `${spec.trigger.method} ${spec.trigger.path}`;
    const doc = routeDocs[key];
    if (!doc) throw new Error(`No OpenAPI description for ${key}`);
    const operation: ZodOpenApiOperationObject = {
      operationId: spec.name,
      summary: doc.summary,
      description: `${spec.description}. Roles: ${spec.trigger.roles.join(', ')}.`,
      tags: [spec.trigger.path.split('/')[1] ?? 'api'],
      security: [{ bearer: [] }],
      'x-roles': spec.trigger.roles,
      requestParams: {
        ...(doc.params ? { path: doc.params } : {}),
        ...(doc.query ? { query: doc.query } : {}),
      },
      parameters: doc.headers?.map(headerParam),
      requestBody: doc.body
        ? { required: true, content: { 'application/json': { schema: doc.body } } }
        : undefined,
      responses: {
        [String(doc.ok.status)]: {
          description: doc.ok.description,
          content: doc.ok.schema ? { 'application/json': { schema: doc.ok.schema } } : undefined,
        },
        ...Object.fromEntries(
          Object.entries(errors).map(([status, description]) => [
            status,
            { description, content: { 'application/json': { schema: errorSchema } } },
          ]),
        ),
      },
    };
    const path = spec.trigger.path;
    paths[path] = { ...paths[path], [spec.trigger.method.toLowerCase()]: operation };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Foreign delegations API — Sở KH&CN Hưng Yên',
      version: '1.0.0',
      description:
        'Registers incoming foreign delegations, checks them against the regulations on external affairs, ' +
        'schedules meetings and notifies the agencies concerned. Every request needs a Cognito JWT whose ' +
        '`cognito:groups` include one of the roles named on the operation.',
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  });
}
