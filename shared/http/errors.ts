import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  IllegalTransitionError,
  InvalidChangeError,
  InvalidCursorError,
  NotFoundError,
  ScheduleConflictError,
  StaleVersionError,
  TooLargeError,
  UnprocessableError,
} from '../domain/errors';
import { DependencyError } from '../use-cases/ports/dependency-error';

/** An error that already knows its HTTP status; thrown by the edge (auth, parsing, validation). */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** The one place where domain errors become HTTP statuses. */
const statusOfDomainError = new Map<new (...args: never[]) => DomainError, number>([
  [InvalidCursorError, 400],
  [InvalidChangeError, 400],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [StaleVersionError, 412],
  [IllegalTransitionError, 409],
  [ConflictError, 409],
  [ScheduleConflictError, 409],
  [UnprocessableError, 422],
  [TooLargeError, 413],
  [DependencyError, 503],
]);

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error;
  if (error instanceof DomainError) {
    const status = [...statusOfDomainError].find(([type]) => error instanceof type)?.[1] ?? 500;
    return new HttpError(status, error.code, error.message, error.details);
  }
  return new HttpError(
    500,
    'internal_error',
    'Something went wrong on our side; the request can be retried.',
  );
}

export function jsonResponse(
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}

export function errorResponse(error: HttpError, headers: Record<string, string> = {}) {
  const body: ErrorBody = { error: { code: error.code, message: error.message } };
  if (error.details !== undefined) body.error.details = error.details;
  return jsonResponse(error.statusCode, body, headers);
}
