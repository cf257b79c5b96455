import { contract } from '../../shared/api/routes/get-delegation';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { requireDelegation } from '../../shared/use-cases/require-delegation';
import { readDelegations } from '../../shared/wiring/stores';

const delegations = readDelegations();

export const handler = httpRoute(functions.getDelegation, contract, ({ params }) =>
  requireDelegation(delegations, params.id),
);
