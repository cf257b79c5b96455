import { registrationRequestSchema } from '../../shared/domain/delegation';
import { idempotent } from '../../shared/http/idempotency';
import { etagOf } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { registerDelegation } from '../../shared/use-cases/register-delegation';
import { divisionDirectory } from '../../shared/wiring/directories';
import { idempotencyStore } from '../../shared/wiring/stores';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(),
  divisions: divisionDirectory(),
};
const idempotency = idempotencyStore();

export const handler = httpRoute(
  functions.registerDelegation,
  { body: registrationRequestSchema },
  (request) =>
    idempotent(request, idempotency, functions.registerDelegation.name, async (delegationId) => {
      const delegation = await registerDelegation(
        request.body,
        {
          ...commandContext(request),
          delegationId,
        },
        deps,
      );
      return {
        statusCode: 201,
        body: delegation,
        headers: { location: `/delegations/${delegation.id}`, etag: etagOf(delegation.revision) },
      };
    }),
);
