import * as z from 'zod';
import { routeContract } from '../../http/contract';
import { worklistView } from '../responses/worklist';

export const contract = routeContract({
  summary: 'The day at a glance: figures, arrivals this week, open tasks by visit, reports to file',
  query: z.object({}),
  ok: { status: 200, schema: worklistView, description: 'The worklist of today (Asia/Ho_Chi_Minh)' },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
