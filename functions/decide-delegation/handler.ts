import { DynamoComplianceReportRepository } from '../../shared/adapters/compliance-report-repository';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { writableDelegations } from '../../shared/adapters/writable-stores';
import { decisionBodySchema } from '../../shared/api/request-schemas';
import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf, expectedVersion } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { decideDelegation } from '../../shared/use-cases/decide-delegation';

const deps = {
  delegations: writableDelegations(),
  reports: new DynamoComplianceReportRepository(documentClient, tableName()),
};

export const handler = httpRoute(
  functions.decideDelegation,
  { params: delegationIdParams, body: decisionBodySchema },
  async (request) => {
    const delegation = await decideDelegation(
      request.params.id,
      request.body,
      { ...commandContext(request), expectedVersion: expectedVersion(request.event, true) },
      deps,
    );
    return { statusCode: 200, body: delegation, headers: { etag: etagOf(delegation.revision) } };
  },
);
