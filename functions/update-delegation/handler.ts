import { DynamoDelegationRepository } from '../../shared/adapters/delegation-repository';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { eventBridgeClient, eventBusName } from '../../shared/adapters/event-bridge-client';
import { EventBridgePublisher } from '../../shared/adapters/event-publisher';
import { registrationPatchSchema } from '../../shared/domain/delegation';
import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf, expectedVersion } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { updateDelegation } from '../../shared/use-cases/update-delegation';

const deps = {
  delegations: new DynamoDelegationRepository(documentClient, tableName()),
  events: new EventBridgePublisher(eventBridgeClient, eventBusName()),
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
    return { statusCode: 200, body: delegation, headers: { etag: etagOf(delegation.version) } };
  },
);
