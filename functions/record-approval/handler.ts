import { externalApprovalInputSchema } from '../../shared/domain/external-approval';
import { delegationIdParams } from '../../shared/http/path-params';
import { etagOf, expectedVersion } from '../../shared/http/preconditions';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { recordExternalApproval } from '../../shared/use-cases/record-approval';
import { outbox, writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(outbox()),
};

export const handler = httpRoute(
  functions.recordApproval,
  { params: delegationIdParams, body: externalApprovalInputSchema },
  async (request) => {
    const { delegation, approval } = await recordExternalApproval(
      request.params.id,
      request.body,
      { ...commandContext(request), expectedVersion: expectedVersion(request.event, true) },
      deps,
    );
    return {
      statusCode: 201,
      body: { approval, delegation },
      headers: { etag: etagOf(delegation.revision) },
    };
  },
);
