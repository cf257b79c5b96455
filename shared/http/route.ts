import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import type { Actor } from '../domain/delegation';
import type { FunctionSpec, HttpTrigger } from '../manifest';
import { observability } from '../observability/lambda-middlewares';
import { logger } from '../observability/logger';
import { authorize } from './auth';
import { errorResponse, jsonResponse, toHttpError } from './errors';
import { type HttpEvent, header, parseJson, rawJsonBody, validate } from './request';

interface RouteSchemas {
  body?: z.ZodType;
  params?: z.ZodType;
  query?: z.ZodType;
}

type Parsed<S, K extends keyof RouteSchemas> =
  S extends Record<K, infer T extends z.ZodType> ? z.output<T> : undefined;

export interface RouteRequest<S extends RouteSchemas> {
  body: Parsed<S, 'body'>;
  params: Parsed<S, 'params'>;
  query: Parsed<S, 'query'>;
  actor: Actor;
  correlationId: string;
  event: HttpEvent;
}

/** Who acts, for which request, when: what every command use case needs. */
export const commandContext = (request: RouteRequest<object>) => ({
  actor: request.actor,
  correlationId: request.correlationId,
  now: new Date(),
});

export interface RouteResult {
  statusCode: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A download instead of JSON (CSV, XLSX); sent base64-encoded as API Gateway expects. */
  file?: { content: Buffer; contentType: string; fileName: string };
}

const CORRELATION_HEADER = 'x-correlation-id';

/** A client may pass its own correlation id (e.g. the letter's tracking number); otherwise the request id. */
function correlationIdOf(event: HttpEvent): string {
  const given = header(event, CORRELATION_HEADER);
  return given && /^[\w.:-]{1,128}$/.test(given) ? given : event.requestContext.requestId;
}

/** Maps every error to the JSON error shape; only unexpected ones are logged as errors. */
const jsonErrors = (): MiddlewareObj<HttpEvent, APIGatewayProxyStructuredResultV2> => ({
  onError: (request) => {
    const httpError = toHttpError(request.error);
    if (httpError.statusCode >= 500) logger.error('Request failed', { error: request.error as Error });
    return errorResponse(httpError, { [CORRELATION_HEADER]: correlationIdOf(request.event) });
  },
});

/**
 * An HTTP handler for one manifest route: authorises by the manifest's roles, parses and validates
 * the body, path and query with zod, runs the use case and maps every failure to a 4xx/5xx JSON body.
 */
export function httpRoute<S extends RouteSchemas>(
  spec: FunctionSpec<HttpTrigger>,
  schemas: S,
  handle: (request: RouteRequest<S>) => Promise<RouteResult>,
) {
  return middy<HttpEvent, APIGatewayProxyStructuredResultV2, Error, Context>()
    .use(observability())
    .use(jsonErrors())
    .handler(async (event) => {
      const actor = authorize(event, spec.trigger.roles);
      const correlationId = correlationIdOf(event);
      logger.appendKeys({ correlationId, route: `${spec.trigger.method} ${spec.trigger.path}` });
      const request = {
        body: schemas.body ? validate(schemas.body, parseJson(rawJsonBody(event)), 'body') : undefined,
        params: schemas.params ? validate(schemas.params, event.pathParameters ?? {}, 'path') : undefined,
        query: schemas.query
          ? validate(schemas.query, event.queryStringParameters ?? {}, 'query string')
          : undefined,
        actor,
        correlationId,
        event,
      } as RouteRequest<S>;
      const result = await handle(request);
      const headers = { ...result.headers, [CORRELATION_HEADER]: correlationId };
      if (result.file) {
        return {
          statusCode: result.statusCode,
          headers: {
            ...headers,
            'content-type': result.file.contentType,
            'content-disposition': `attachment; filename="${result.file.fileName}"`,
          },
          body: result.file.content.toString('base64'),
          isBase64Encoded: true,
        };
      }
      return jsonResponse(result.statusCode, result.body, headers);
    });
}
