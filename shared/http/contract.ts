/**
 * A route's whole contract in one place: what it takes (path, query, body, the If-Match and
 * Idempotency-Key headers) and what it answers (status, schema, ETag, Location). `httpRoute`
 * enforces it, the OpenAPI document and the typed client are generated from it, and a test holds the
 * local stack's real answers to it. The manifest says who may call the route; this says how.
 */
import type * as z from 'zod';

/** How a route reads a request header: it must come, it may come, or the route ignores it. */
export type HeaderUse = 'required' | 'optional' | 'none';

export interface RouteContract<
  P extends z.ZodType | undefined = z.ZodType | undefined,
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
  R extends z.ZodType = z.ZodType,
  I extends HeaderUse = HeaderUse,
> {
  readonly summary: string;
  readonly params?: P;
  readonly query?: Q;
  readonly body?: B;
  /** The success answer. */
  readonly ok: {
    readonly status: 200 | 201;
    readonly schema: R;
    readonly description: string;
    /** Content types the route answers with instead of JSON when the query asks for a file. */
    readonly files?: readonly string[];
    /** The route answers only with a file (a drafted document), never JSON. */
    readonly fileOnly?: true;
  };
  /** A reading route that refuses when the state does not allow it (a draft of a report not filed yet). */
  readonly refuses?: readonly (409 | 422)[];
  /** `If-Match: "<version>"`: an edit names the version it was made on (412 when stale, 428 when missing). */
  readonly ifMatch: I;
  /** `Idempotency-Key`: a retried create returns the first answer instead of creating twice. */
  readonly idempotencyKey: Exclude<HeaderUse, 'required'>;
  // Methods rather than function properties, so any contract is a RouteContract whatever it answers.
  /** The version the answer's ETag carries. */
  etag?(body: z.output<R>): number | undefined;
  /** Where a created resource can be read. */
  location?(body: z.output<R>): string;
}

/** Declares a contract, inferring its schemas' types for the handler. */
export const routeContract = <
  R extends z.ZodType,
  I extends HeaderUse,
  P extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(
  contract: RouteContract<P, Q, B, R, I>,
) => contract;

type Parsed<T> = [Exclude<T, undefined>] extends [never] ? undefined : z.output<Exclude<T, undefined>>;

/**
 * What a handler may answer for a schema's output: open objects (`looseObject`) without their index
 * signature and arrays read-only, so domain interfaces and readonly lists fit the schema they meet.
 */
export type Answer<T> = T extends readonly (infer U)[]
  ? readonly Answer<U>[]
  : T extends Date | Buffer
    ? T
    : T extends object
      ? { [K in keyof T as string extends K ? never : K]: Answer<T[K]> }
      : T;

/** The version If-Match carries, as the contract reads it. */
export type ExpectedVersion<C extends RouteContract> = C['ifMatch'] extends 'required'
  ? number
  : C['ifMatch'] extends 'optional'
    ? number | undefined
    : undefined;

export type ParamsOf<C extends RouteContract> = Parsed<C['params']>;
export type QueryOf<C extends RouteContract> = Parsed<C['query']>;
export type BodyOf<C extends RouteContract> = Parsed<C['body']>;
export type AnswerOf<C extends RouteContract> = Answer<z.output<C['ok']['schema']>>;

/** A file to download instead of JSON (CSV, XLSX); sent base64-encoded as API Gateway expects. */
export class FileDownload {
  constructor(
    readonly content: Buffer,
    readonly contentType: string,
    readonly fileName: string,
  ) {}
}
