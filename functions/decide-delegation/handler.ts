import { contract } from '../../shared/api/routes/decide-delegation';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { decideDelegation } from '../../shared/use-cases/decide-delegation';
import { complianceReports } from '../../shared/wiring/stores';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(),
  reports: complianceReports(),
};

export const handler = httpRoute(functions.decideDelegation, contract, (request) =>
  decideDelegation(request.params.id, request.body, commandContext(request), deps),
);
