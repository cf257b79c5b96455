/**
 * What the HTTP routes answered on the local stack: status, content type, ETag and Location, and the
 * body. The contract test (tests/permissions/responses-match-contracts.test.ts) holds these to each
 * route's contract. With API_RESPONSES_DIR set, each stack writes its answers there when it stops.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { FunctionSpec, HttpTrigger } from '../../shared/manifest';
import type { HttpHandler } from './http-gateway';

export interface RecordedResponse {
  function: string;
  status: number;
  contentType?: string;
  etag?: string;
  location?: string;
  /** JSON bodies parsed; files not kept. */
  body?: unknown;
}

/** Enough answers per route and status to meet each shape, few enough to keep the files small. */
const KEEP_PER_STATUS = 25;
const recorded: RecordedResponse[] = [];
const counts = new Map<string, number>();

function remember(name: string, result: APIGatewayProxyStructuredResultV2): void {
  const status = result.statusCode ?? 200;
  const key = `${name} ${status}`;
  const seen = counts.get(key) ?? 0;
  if (seen >= KEEP_PER_STATUS) return;
  counts.set(key, seen + 1);
  const headers = (result.headers ?? {}) as Record<string, string>;
  const contentType = headers['content-type'];
  recorded.push({
    function: name,
    status,
    contentType,
    etag: headers.etag,
    location: headers.location,
    body: contentType?.startsWith('application/json') && result.body ? JSON.parse(result.body) : undefined,
  });
}

/** The handler, recording what it answers when API_RESPONSES_DIR is set. */
export function recordingResponses(spec: FunctionSpec<HttpTrigger>, handler: HttpHandler): HttpHandler {
  if (!process.env.API_RESPONSES_DIR) return handler;
  return async (event, context) => {
    const result = await handler(event, context);
    remember(spec.name, result);
    return result;
  };
}

/** Writes what this process recorded to API_RESPONSES_DIR, one file per stack stopped. */
export function saveRecordedResponses(): void {
  const dir = process.env.API_RESPONSES_DIR;
  if (!dir || recorded.length === 0) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${process.pid}-${randomUUID()}.json`), JSON.stringify(recorded.splice(0)));
  counts.clear();
}
