import { contract } from '../../shared/api/routes/update-delegation';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { updateDelegation } from '../../shared/use-cases/update-delegation';
import { divisionDirectory } from '../../shared/wiring/directories';
import { outbox, writableDelegations, writableMeetings } from '../../shared/wiring/writable-stores';

const events = outbox();
const deps = {
  delegations: writableDelegations(events),
  meetings: writableMeetings(events),
  divisions: divisionDirectory(),
};

export const handler = httpRoute(functions.updateDelegation, contract, (request) =>
  updateDelegation(request.params.id, request.body, commandContext(request), deps),
);
