import { contract } from '../../shared/api/routes/register-delegation';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { cloudWatchMetrics } from '../../shared/observability/metrics';
import { registerDelegation } from '../../shared/use-cases/register-delegation';
import { divisionDirectory } from '../../shared/wiring/directories';
import { idempotencyStore, receiptNumbers } from '../../shared/wiring/stores';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(),
  divisions: divisionDirectory(),
  receipts: receiptNumbers(),
  metrics: cloudWatchMetrics,
};

export const handler = httpRoute(
  functions.registerDelegation,
  contract,
  (request) =>
    registerDelegation(request.body, { ...commandContext(request), delegationId: request.newId }, deps),
  { idempotency: idempotencyStore() },
);
