import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import type * as z from 'zod';
import { forbiddenCharacterIn } from '../domain/xml-characters';
import { HttpError } from './errors';

/** Larger bodies are refused with 413; a registration with 200 members stays far below it. */
export const MAX_BODY_BYTES = 256 * 1024;

export type HttpEvent = APIGatewayProxyEventV2WithJWTAuthorizer;

export function header(event: HttpEvent, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** The raw body as text, refused before parsing when it is too large or not JSON. */
export function rawJsonBody(event: HttpEvent): string {
  const contentType = header(event, 'content-type') ?? '';
  if (!/^application\/([a-z.+-]*\+)?json\s*(;|$)/i.test(contentType)) {
    throw new HttpError(
      415,
      'unsupported_media_type',
      'Send the body as JSON with "Content-Type: application/json".',
      {
        received: contentType || null,
      },
    );
  }
  const body = event.body ?? '';
  const text = event.isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_BODY_BYTES) {
    throw new HttpError(413, 'payload_too_large', `The body may be at most ${MAX_BODY_BYTES} bytes.`, {
      limit: MAX_BODY_BYTES,
      received: bytes,
    });
  }
  if (text.trim() === '') throw new HttpError(400, 'body_required', 'This request needs a JSON body.');
  return text;
}

/** Deeper bodies are refused: no request of this API nests more than a few levels. */
const MAX_DEPTH = 32;

export function parseJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, 'invalid_json', 'The body is not valid JSON.', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  checkShape(value);
  return value;
}

function refuseCharacters(text: string, path: string): void {
  const character = forbiddenCharacterIn(text);
  if (character)
    throw new HttpError(400, 'validation_failed', 'The body has 1 invalid field(s).', {
      // The same shape as the schema's issues, so a form marks the field as it marks the others.
      issues: [
        {
          path: path || '(root)',
          message: `Contains ${character}, a character documents and emails cannot carry`,
          code: 'invalid_character',
        },
      ],
    });
}

/**
 * Refuses text DynamoDB, email and .docx could not carry (lone UTF-16 surrogates, which JSON can
 * escape; controls and noncharacters) and absurd nesting, walking the value without recursion.
 */
function checkShape(root: unknown): void {
  const stack: { value: unknown; depth: number; path: string }[] = [{ value: root, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { value, depth, path } = stack.pop() as { value: unknown; depth: number; path: string };
    if (typeof value === 'string') refuseCharacters(value, path);
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH)
      throw new HttpError(400, 'too_deep', `The body may nest at most ${MAX_DEPTH} levels.`);
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      refuseCharacters(key, childPath);
      stack.push({ value: child, depth: depth + 1, path: childPath });
    }
  }
}

export interface FieldIssue {
  path: string;
  message: string;
  /** zod's issue code (too_small, invalid_format, custom…), for a client that words its own message. */
  code: string;
}

export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
    code: issue.code,
  }));
}

export function validate<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new HttpError(
      400,
      'validation_failed',
      `The ${where} has ${result.error.issues.length} invalid field(s).`,
      {
        issues: fieldIssues(result.error),
      },
    );
  }
  return result.data;
}
