import { contract } from '../../shared/api/routes/cancel-delegation';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { cancelDelegation } from '../../shared/use-cases/cancel-delegation';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(),
};

export const handler = httpRoute(functions.cancelDelegation, contract, (request) =>
  cancelDelegation(request.params.id, request.body.reason, commandContext(request), deps),
);
