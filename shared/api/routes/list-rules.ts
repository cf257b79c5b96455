import { routeContract } from '../../http/contract';
import { ruleList } from '../responses/holidays';

export const contract = routeContract({
  summary: 'Every compliance rule with its legal source and current figures',
  ok: { status: 200, schema: ruleList, description: 'Rules, profile and holiday calendar' },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
