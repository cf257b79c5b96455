/**
 * The local API Gateway: turns each HTTP request into the HTTP API (payload 2.0) event Lambda
 * receives, after verifying the bearer token as the JWT authorizer does, and turns the handler's
 * result back into a response. AWS JSON calls
 * (the bus's PutEvents) are handed to the service named by their X-Amz-Target.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { JWTPayload } from 'jose';
import { groupsOf } from '../../shared/http/auth';
import type { HttpEvent } from '../../shared/http/request';
import type { FunctionSpec, HttpTrigger } from '../../shared/manifest';
import { serveConsole } from './console-files';
import { lambdaContext } from './lambda-context';
import { asAuthorizerClaims } from './local-auth';
import type { SignedRequest } from './signature-check';

export type HttpHandler = (event: HttpEvent, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

export interface Route {
  spec: FunctionSpec<HttpTrigger>;
  handler: HttpHandler;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  paramNames: string[];
}

/** API Gateway refuses payloads over 10 MB before any Lambda runs. */
const GATEWAY_MAX_BYTES = 10 * 1024 * 1024;

export interface GatewayOptions {
  routes: readonly Route[];
  /** AWS JSON services answered on this port, by X-Amz-Target (the local bus's PutEvents). */
  awsTargets?: Record<string, (request: SignedRequest) => Promise<{ status: number; body: unknown }>>;
  verifyToken: (token: string) => Promise<JWTPayload>;
  /** Extra local-only pages such as /health; answered before routing. */
  extraRoutes?: Record<
    string,
    (
      request: IncomingMessage,
      body: Buffer,
    ) => Promise<{ status: number; body: unknown; contentType?: string }>
  >;
  /** Where the built web console is, served at / from the API's origin. */
  consoleDir?: string;
  /** Other origins the console talks to (the local S3 server of the dossier's uploads). */
  consoleConnect?: readonly string[];
  /** Local-only routes with a path prefix, e.g. POST /_local/queues/<name>. */
  prefixRoutes?: Record<string, (rest: string, body: Buffer) => Promise<{ status: number; body: unknown }>>;
}

export function compileRoute(route: Route): CompiledRoute {
  const paramNames: string[] = [];
  const source = route.spec.trigger.path
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace(/\\?\{(\w+)\\?\}/g, (_, name) => {
      paramNames.push(name);
      return '([^/]+)';
    });
  return { ...route, pattern: new RegExp(`^${source}$`), paramNames };
}

export function createGateway(options: GatewayOptions) {
  const routes = options.routes.map(compileRoute);

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      const method = request.method ?? 'GET';
      const body = await readBody(request);
      if (body === undefined)
        return send(response, 413, problem('payload_too_large', 'The request is larger than 10 MB.'));

      const target = request.headers['x-amz-target'];
      const service = typeof target === 'string' ? options.awsTargets?.[target] : undefined;
      if (method === 'POST' && service) {
        const answer = await service({ method, url: request.url ?? '/', headers: request.headers, body });
        return send(response, answer.status, answer.body, 'application/x-amz-json-1.1');
      }
      // The local-only controls (dead letters, queues, schedules) are for an administrator.
      if (url.pathname.startsWith('/_local/')) {
        const claims = await authenticate(request, options.verifyToken);
        if (!claims)
          return send(response, 401, problem('unauthenticated', 'A valid bearer token is required.'));
        if (!groupsOf(claims).includes('admin'))
          return send(response, 403, problem('forbidden', 'The local controls need the admin role.'));
      }
      const extra = options.extraRoutes?.[`${method} ${url.pathname}`];
      if (extra) {
        const result = await extra(request, body);
        if (result.contentType) {
          response.writeHead(result.status, { 'content-type': result.contentType });
          return void response.end(String(result.body));
        }
        return send(response, result.status, result.body);
      }
      if (
        options.consoleDir &&
        method === 'GET' &&
        serveConsole(url.pathname, response, options.consoleDir, options.consoleConnect)
      )
        return;
      for (const [prefix, handle] of Object.entries(options.prefixRoutes ?? {})) {
        if (`${method} ${url.pathname}`.startsWith(prefix)) {
          const result = await handle(url.pathname.slice(prefix.split(' ')[1]?.length ?? 0), body);
          return send(response, result.status, result.body);
        }
      }

      const candidates = routes
        .map((route) => ({ route, match: route.pattern.exec(url.pathname) }))
        .filter((candidate) => candidate.match);
      const found = candidates.find((candidate) => candidate.route.spec.trigger.method === method);
      if (!found?.match) {
        return candidates.length > 0
          ? send(
              response,
              405,
              problem('method_not_allowed', `${method} is not supported on ${url.pathname}.`),
            )
          : send(response, 404, problem('route_not_found', `No route ${method} ${url.pathname}.`));
      }

      const claims = await authenticate(request, options.verifyToken);
      if (!claims) {
        return send(
          response,
          401,
          problem('unauthenticated', 'A valid bearer token is required.'),
          undefined,
          {
            'www-authenticate': 'Bearer',
          },
        );
      }
      const { spec, handler, paramNames } = found.route;
      const pathParameters = Object.fromEntries(
        paramNames.map((name, index) => [name, safeDecode(found.match?.[index + 1] ?? '')]),
      );
      const event = toHttpApiEvent(request, url, body, spec.trigger, pathParameters, claims);
      const result = await handler(event, lambdaContext(spec));
      response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
      response.end(result.isBase64Encoded ? Buffer.from(result.body ?? '', 'base64') : (result.body ?? ''));
    } catch (error) {
      if (error instanceof LocalRequestError)
        return send(response, 400, problem('bad_request', error.message));
      // What API Gateway does when the integration fails: a 500 the client cannot act on.
      console.error('[local gateway] handler failed', error);
      if (!response.headersSent) send(response, 500, { message: 'Internal Server Error' });
    }
  };
}

const problem = (code: string, message: string) => ({ error: { code, message } });

/** A malformed request to a local-only endpoint: answered with 400. */
export class LocalRequestError extends Error {}

export function parseJsonBody(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new LocalRequestError('The body is not valid JSON.');
  }
}

function send(
  response: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json; charset=utf-8',
  headers: Record<string, string> = {},
) {
  response.writeHead(status, { 'content-type': contentType, ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > GATEWAY_MAX_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function authenticate(
  request: IncomingMessage,
  verify: (token: string) => Promise<JWTPayload>,
): Promise<Record<string, string> | undefined> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  if (!match?.[1]) return undefined;
  try {
    return asAuthorizerClaims(await verify(match[1]));
  } catch {
    return undefined;
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const TEXT_TYPES = /^(application\/([a-z.+-]*\+)?json|text\/|application\/x-www-form-urlencoded)/i;

function toHttpApiEvent(
  request: IncomingMessage,
  url: URL,
  body: Buffer,
  trigger: HttpTrigger,
  pathParameters: Record<string, string>,
  claims: Record<string, string>,
): HttpEvent {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams)
    query[name] = name in query ? `${query[name]},${value}` : value;
  const isText = TEXT_TYPES.test(headers['content-type'] ?? '');
  const routeKey = `${trigger.method} ${trigger.path}`;
  const now = new Date();
  return {
    version: '2.0',
    routeKey,
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: Object.keys(query).length > 0 ? query : undefined,
    pathParameters,
    body: body.length === 0 ? undefined : isText ? body.toString('utf8') : body.toString('base64'),
    isBase64Encoded: body.length > 0 && !isText,
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: { principalId: '', integrationLatency: 0, jwt: { claims, scopes: [] } },
      domainName: headers.host ?? 'localhost',
      domainPrefix: 'localhost',
      http: {
        method: trigger.method,
        path: url.pathname,
        protocol: `HTTP/${request.httpVersion}`,
        sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
  };
}
