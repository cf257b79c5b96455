import { contract } from '../../shared/api/routes/record-approval';
import { hungYenProfile } from '../../shared/compliance/profile';
import { commandContext, httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { recordExternalApproval } from '../../shared/use-cases/record-approval';
import { outbox, writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(outbox()),
  dateLimits: {
    maxAgeDays: hungYenProfile.parameters.outsideDocumentMaxAgeDays,
    maxValidityDays: hungYenProfile.parameters.outsideDocumentMaxValidityDays,
  },
};

export const handler = httpRoute(functions.recordApproval, contract, (request) =>
  recordExternalApproval(request.params.id, request.body, commandContext(request), deps),
);
