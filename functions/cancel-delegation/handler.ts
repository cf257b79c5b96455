import { cancelBodySchema } from '../../shared/api/request-schemas';
import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf, expectedVersion } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { cancelDelegation } from '../../shared/use-cases/decide-delegation';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(),
};

export const handler = httpRoute(
  functions.cancelDelegation,
  { params: delegationIdParams, body: cancelBodySchema },
  async (request) => {
    const delegation = await cancelDelegation(
      request.params.id,
      request.body.reason,
      { ...commandContext(request), expectedVersion: expectedVersion(request.event, true) },
      deps,
    );
    return { statusCode: 200, body: delegation, headers: { etag: etagOf(delegation.revision) } };
  },
);
