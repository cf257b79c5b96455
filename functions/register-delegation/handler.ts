import { DynamoDelegationRepository } from '../../shared/adapters/delegation-repository';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { eventBridgeClient, eventBusName } from '../../shared/adapters/event-bridge-client';
import { EventBridgePublisher } from '../../shared/adapters/event-publisher';
import { DynamoIdempotencyStore } from '../../shared/adapters/idempotency-store';
import { registrationSchema } from '../../shared/domain/delegation';
import { idempotent } from '../../shared/http/idempotency';
import { etagOf } from '../../shared/http/preconditions';
import { header } from '../../shared/http/request';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { registerDelegation } from '../../shared/use-cases/register-delegation';

const deps = {
  delegations: new DynamoDelegationRepository(documentClient, tableName()),
  events: new EventBridgePublisher(eventBridgeClient, eventBusName()),
};
const idempotency = new DynamoIdempotencyStore(documentClient, tableName());

export const handler = httpRoute(functions.registerDelegation, { body: registrationSchema }, (request) =>
  idempotent(request, idempotency, functions.registerDelegation.name, async (delegationId) => {
    const delegation = await registerDelegation(
      request.body,
      {
        ...commandContext(request),
        delegationId,
        retryable: header(request.event, 'idempotency-key') !== undefined,
      },
      deps,
    );
    return {
      statusCode: 201,
      body: delegation,
      headers: { location: `/delegations/${delegation.id}`, etag: etagOf(delegation.version) },
    };
  }),
);
