import { visitReportSchema } from '../../shared/domain/delegation';
import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf, expectedVersion } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { submitVisitReport } from '../../shared/use-cases/visit-follow-up';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(),
};

export const handler = httpRoute(
  functions.submitVisitReport,
  { params: delegationIdParams, body: visitReportSchema },
  async (request) => {
    const delegation = await submitVisitReport(
      request.params.id,
      request.body,
      { ...commandContext(request), expectedVersion: expectedVersion(request.event, true) },
      deps,
    );
    return { statusCode: 200, body: delegation, headers: { etag: etagOf(delegation.revision) } };
  },
);
