import * as z from 'zod';
import { routeContract } from '../../http/contract';
import { periodicDocumentQuerySchema } from '../request-schemas';
import { DOCX_FILES } from './draft-visit-document';

export const contract = routeContract({
  summary: 'A draft of the quarterly or yearly report on receiving foreign delegations (.docx)',
  query: periodicDocumentQuerySchema,
  ok: {
    status: 200,
    schema: z.never(),
    files: DOCX_FILES,
    fileOnly: true,
    description:
      'Báo cáo: the period’s figures, the narrative for the Office to complete and the table of visits',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
