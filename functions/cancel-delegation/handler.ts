import { DynamoDelegationRepository } from '../../shared/adapters/delegation-repository';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { eventBridgeClient, eventBusName } from '../../shared/adapters/event-bridge-client';
import { EventBridgePublisher } from '../../shared/adapters/event-publisher';
import { cancelBodySchema } from '../../shared/api/request-schemas';
import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf, expectedVersion } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { cancelDelegation } from '../../shared/use-cases/decide-delegation';

const deps = {
  delegations: new DynamoDelegationRepository(documentClient, tableName()),
  events: new EventBridgePublisher(eventBridgeClient, eventBusName()),
};

export const handler = httpRoute(
  functions.cancelDelegation,
  { params: delegationIdParams, body: cancelBodySchema },
  async (request) => {
    const delegation = await cancelDelegation(
      request.params.id,
      request.body.reason,
      { ...commandContext(request), expectedVersion: expectedVersion(request.event, false) },
      deps,
    );
    return { statusCode: 200, body: delegation, headers: { etag: etagOf(delegation.version) } };
  },
);
