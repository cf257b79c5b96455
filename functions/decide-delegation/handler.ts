import { decisionBodySchema } from '../../shared/api/request-schemas';
import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf, expectedVersion } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { decideDelegation } from '../../shared/use-cases/decide-delegation';
import { complianceReports } from '../../shared/wiring/stores';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(),
  reports: complianceReports(),
};

export const handler = httpRoute(
  functions.decideDelegation,
  { params: delegationIdParams, body: decisionBodySchema },
  async (request) => {
    const delegation = await decideDelegation(
      request.params.id,
      request.body,
      { ...commandContext(request), expectedVersion: expectedVersion(request.event, true) },
      deps,
    );
    return { statusCode: 200, body: delegation, headers: { etag: etagOf(delegation.revision) } };
  },
);
