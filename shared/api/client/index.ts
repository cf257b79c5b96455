/**
 * The typed client of the HTTP API, for the web console and the demo: paths, parameters, bodies
 * and answers are checked against the OpenAPI document the backend publishes (schema.ts).
 */
import createClient from 'openapi-fetch';
import type { paths } from './schema';

export type { paths } from './schema';

/** A client that signs every request with `token` (a Cognito access or ID token). */
export function apiClient(baseUrl: string, token: string) {
  return createClient<paths>({ baseUrl, headers: { authorization: `Bearer ${token}` } });
}
