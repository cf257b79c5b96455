import { contract } from '../../shared/api/routes/record-approval';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { recordExternalApproval } from '../../shared/use-cases/record-approval';
import { outbox, writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(outbox()),
};

export const handler = httpRoute(functions.recordApproval, contract, (request) =>
  recordExternalApproval(request.params.id, request.body, commandContext(request), deps),
);
