import { DynamoComplianceReportRepository } from '../../shared/adapters/compliance-report-repository';
import { DynamoDelegationRepository } from '../../shared/adapters/delegation-repository';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { eventBridgeClient, eventBusName } from '../../shared/adapters/event-bridge-client';
import { EventBridgePublisher } from '../../shared/adapters/event-publisher';
import { decisionBodySchema } from '../../shared/api/request-schemas';
import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf, expectedVersion } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { decideDelegation } from '../../shared/use-cases/decide-delegation';

const deps = {
  delegations: new DynamoDelegationRepository(documentClient, tableName()),
  reports: new DynamoComplianceReportRepository(documentClient, tableName()),
  events: new EventBridgePublisher(eventBridgeClient, eventBusName()),
};

export const handler = httpRoute(
  functions.decideDelegation,
  { params: delegationIdParams, body: decisionBodySchema },
  async (request) => {
    const delegation = await decideDelegation(
      request.params.id,
      request.body,
      { ...commandContext(request), expectedVersion: expectedVersion(request.event, false) },
      deps,
    );
    return { statusCode: 200, body: delegation, headers: { etag: etagOf(delegation.version) } };
  },
);
