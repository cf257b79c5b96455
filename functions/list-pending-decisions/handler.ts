import { contract } from '../../shared/api/routes/list-pending-decisions';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { pendingDecisions } from '../../shared/use-cases/pending-decisions';
import { complianceReports, reportSource } from '../../shared/wiring/stores';

const deps = {
  source: reportSource(),
  reports: complianceReports(),
};

/** What waits for leadership, oldest first, each with its reasons and the revision to decide on. */
export const handler = httpRoute(functions.listPendingDecisions, contract, async () => {
  const pending = await pendingDecisions(deps);
  return {
    items: pending.map(({ id, outcome, delegation, waitingSince, reasons }) => ({
      id,
      receiptNumber: delegation.receiptNumber,
      status: outcome,
      revision: delegation.revision,
      partner: delegation.partner,
      visit: delegation.visit,
      purpose: delegation.purpose,
      waitingSince,
      reasons,
    })),
  };
});
