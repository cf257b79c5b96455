import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { complianceReportView } from '../responses/compliance';

export const contract = routeContract({
  summary: 'The latest compliance report',
  params: delegationIdParams,
  ok: {
    status: 200,
    schema: complianceReportView,
    description: 'The report with each finding, its legal source, what to do and by when',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
