import { contract } from '../../shared/api/routes/get-compliance';
import { currentReportView } from '../../shared/compliance/readable-report';
import { documentAvailability } from '../../shared/documents/availability';
import { NotFoundError } from '../../shared/domain/errors';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { requireDelegation } from '../../shared/use-cases/require-delegation';
import { complianceReports, readDelegations } from '../../shared/wiring/stores';

const delegations = readDelegations();
const reports = complianceReports();

export const handler = httpRoute(functions.getCompliance, contract, async ({ params }) => {
  const delegation = await requireDelegation(delegations, params.id);
  const latest = await reports.latest(params.id);
  if (!latest)
    throw new NotFoundError('This delegation has not been checked yet; try again in a few seconds.');
  return {
    ...currentReportView(latest.report, delegation),
    documents: documentAvailability(delegation, latest.report),
  };
});
