import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { pendingDecisions } from '../../shared/use-cases/pending-decisions';
import { complianceReports, reportSource } from '../../shared/wiring/stores';

const deps = {
  source: reportSource(),
  reports: complianceReports(),
};

/** What waits for leadership, oldest first, each with its reasons and the revision to decide on. */
export const handler = httpRoute(functions.listPendingDecisions, {}, async () => {
  const pending = await pendingDecisions(deps);
  return {
    statusCode: 200,
    body: {
      items: pending.map(({ id, outcome, delegation, waitingSince, reasons }) => ({
        id,
        status: outcome,
        revision: delegation.revision,
        partner: delegation.partner,
        visit: delegation.visit,
        purpose: delegation.purpose,
        waitingSince,
        reasons,
      })),
    },
  };
});
