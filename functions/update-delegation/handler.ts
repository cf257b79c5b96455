import { registrationPatchSchema } from '../../shared/domain/delegation';
import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf, expectedVersion } from '../../shared/http/preconditions';
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

export const handler = httpRoute(
  functions.updateDelegation,
  { params: delegationIdParams, body: registrationPatchSchema },
  async (request) => {
    const delegation = await updateDelegation(
      request.params.id,
      request.body,
      { ...commandContext(request), expectedVersion: expectedVersion(request.event, true) },
      deps,
    );
    return { statusCode: 200, body: delegation, headers: { etag: etagOf(delegation.revision) } };
  },
);
