import { contract } from '../../shared/api/routes/submit-visit-report';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { submitVisitReport } from '../../shared/use-cases/submit-visit-report';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(),
};

export const handler = httpRoute(functions.submitVisitReport, contract, (request) =>
  submitVisitReport(request.params.id, request.body, commandContext(request), deps),
);
