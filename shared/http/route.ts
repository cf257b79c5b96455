import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { ulid } from 'ulid';
import type { StoredResponse } from '../adapters/idempotency-store';
import type { Actor } from '../domain/actor';
import type { FunctionSpec, HttpTrigger } from '../manifest';
import { observability } from '../observability/lambda-middlewares';
import { logger } from '../observability/logger';
import { authorize } from './auth';
import {
  type AnswerOf,
  type BodyOf,
  type ExpectedVersion,
  FileDownload,
  type ParamsOf,
  type QueryOf,
  type RouteContract,
} from './contract';
import { errorResponse, jsonResponse, toHttpError } from './errors';
import { type IdempotencyStore, idempotent, type Replay } from './idempotency';
import { etagOf, expectedVersion } from './preconditions';
import { type HttpEvent, header, parseJson, rawJsonBody, validate } from './request';

export interface RouteRequest<C extends RouteContract> {
  body: BodyOf<C>;
  params: ParamsOf<C>;
  query: QueryOf<C>;
  /** The version If-Match named, as the contract reads it. */
  expectedVersion: ExpectedVersion<C>;
  /** The id a create gives its new resource: the same on every retry with one Idempotency-Key. */
  newId: string;
  actor: Actor;
  correlationId: string;
  event: HttpEvent;
}

/** Who acts, for which request, when, on which version: what every command use case needs. */
export const commandContext = <C extends RouteContract>(request: RouteRequest<C>) => ({
  actor: request.actor,
  correlationId: request.correlationId,
  now: new Date(),
  expectedVersion: request.expectedVersion,
});

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

/** The answer as API Gateway gets it: status and headers from the contract, the body as JSON or a file. */
function answer<C extends RouteContract>(contract: C, result: AnswerOf<C> | FileDownload): StoredResponse {
  if (result instanceof FileDownload) {
    return {
      statusCode: contract.ok.status,
      headers: {
        'content-type': result.contentType,
        'content-disposition': `attachment; filename="${result.fileName}"`,
      },
      body: result,
    };
  }
  const headers: Record<string, string> = {};
  const version = contract.etag?.(result);
  if (version !== undefined) headers.etag = etagOf(version);
  if (contract.location) headers.location = contract.location(result);
  return { statusCode: contract.ok.status, headers, body: result };
}

/**
 * An HTTP handler for one manifest route and its contract: authorises by the manifest's roles,
 * validates path, query and body, reads If-Match and Idempotency-Key as the contract says, runs the
 * use case and answers with the contract's status and headers; every failure becomes a 4xx/5xx JSON body.
 */
export function httpRoute<C extends RouteContract>(
  spec: FunctionSpec<HttpTrigger>,
  contract: C,
  handle: (request: RouteRequest<C>) => Promise<AnswerOf<C> | FileDownload>,
  options: { idempotency?: IdempotencyStore; replay?: Replay } = {},
) {
  const { idempotency, replay } = options;
  if (contract.idempotencyKey !== 'none' && !idempotency) {
    throw new Error(
      `${spec.name} honours Idempotency-Key by its contract but was given no idempotency store`,
    );
  }
  return middy<HttpEvent, APIGatewayProxyStructuredResultV2, Error, Context>()
    .use(observability())
    .use(jsonErrors())
    .handler(async (event) => {
      const actor = authorize(event, spec.trigger.roles);
      const correlationId = correlationIdOf(event);
      logger.appendKeys({ correlationId, route: `${spec.trigger.method} ${spec.trigger.path}` });
      const request = {
        body: contract.body ? validate(contract.body, parseJson(rawJsonBody(event)), 'body') : undefined,
        params: contract.params ? validate(contract.params, event.pathParameters ?? {}, 'path') : undefined,
        query: contract.query
          ? validate(contract.query, event.queryStringParameters ?? {}, 'query string')
          : undefined,
        expectedVersion: expectedVersion(event, contract.ifMatch),
        actor,
        correlationId,
        event,
      } as Omit<RouteRequest<C>, 'newId'>;
      const run = async (newId: string) =>
        answer(contract, await handle({ ...request, newId } as RouteRequest<C>));
      const result = idempotency
        ? await idempotent(request, idempotency, spec.name, run, replay)
        : await run(ulid());
      const headers = { ...result.headers, [CORRELATION_HEADER]: correlationId };
      if (result.body instanceof FileDownload) {
        return {
          statusCode: result.statusCode,
          headers,
          body: result.body.content.toString('base64'),
          isBase64Encoded: true,
        };
      }
      return jsonResponse(result.statusCode, result.body, headers);
    });
}
