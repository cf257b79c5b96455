import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf } from '../../shared/http/preconditions';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { requireDelegation } from '../../shared/use-cases/require-delegation';
import { readDelegations } from '../../shared/wiring/stores';

const delegations = readDelegations();

export const handler = httpRoute(
  functions.getDelegation,
  { params: delegationIdParams },
  async ({ params }) => {
    const delegation = await requireDelegation(delegations, params.id);
    return { statusCode: 200, body: delegation, headers: { etag: etagOf(delegation.revision) } };
  },
);
