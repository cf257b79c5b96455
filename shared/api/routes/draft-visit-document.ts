import * as z from 'zod';
import { routeContract } from '../../http/contract';
import { visitDocumentParams, visitDocumentQuerySchema } from '../request-schemas';

export const DOCX_FILES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;

export const contract = routeContract({
  summary: 'A draft of one of the visit’s documents (.docx, Nghị định 30/2020/NĐ-CP)',
  params: visitDocumentParams,
  query: visitDocumentQuerySchema,
  ok: {
    status: 200,
    schema: z.never(),
    files: DOCX_FILES,
    fileOnly: true,
    description:
      'proposal: Tờ trình to the Director; guest-list-police: Công văn to the provincial police with the guest list; permission-request: Công văn asking the Provincial People’s Committee for the permissions the compliance report names (409 when none is missing); reception-plan: Kế hoạch đón tiếp with the estimated budget; visit-report: Báo cáo kết quả (409 before the post-visit report is filed)',
  },
  refuses: [409],
  ifMatch: 'none',
  idempotencyKey: 'none',
});
