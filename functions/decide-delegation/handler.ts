import * as z from 'zod';
import { DynamoComplianceReportRepository } from '../../shared/adapters/compliance-report-repository';
import { DynamoDelegationRepository } from '../../shared/adapters/delegation-repository';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { eventBridgeClient, eventBusName } from '../../shared/adapters/event-bridge-client';
import { EventBridgePublisher } from '../../shared/adapters/event-publisher';
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

const body = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  note: z.string().trim().min(1).max(2000).optional(),
});

export const handler = httpRoute(
  functions.decideDelegation,
  { params: delegationIdParams, body },
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
