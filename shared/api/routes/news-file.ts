import * as z from 'zod';
import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { DOCX_FILES } from './draft-visit-document';

export const contract = routeContract({
  summary: "The visit's news item as a file: HTML for the portal's editor, or .docx",
  params: delegationIdParams,
  query: z.strictObject({ format: z.enum(['docx', 'html']).default('docx') }),
  ok: {
    status: 200,
    schema: z.never(),
    files: [...DOCX_FILES, 'text/html'],
    fileOnly: true,
    description:
      'The news item in Vietnamese and English, without review marks (409 for a visit with no news item)',
  },
  refuses: [409],
  ifMatch: 'none',
  idempotencyKey: 'none',
});
