import { contract } from '../../shared/api/routes/get-delegation';
import { erasureDueOn, retentionMonths as retentionSetting } from '../../shared/compliance/personal-data';
import { progressOf } from '../../shared/domain/progress';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { allowedActions } from '../../shared/use-cases/allowed-actions';
import { requireDelegation } from '../../shared/use-cases/require-delegation';
import { readDelegations } from '../../shared/wiring/stores';

const delegations = readDelegations();
const retentionMonths = retentionSetting();

export const handler = httpRoute(functions.getDelegation, contract, async ({ params, actor }) => {
  const delegation = await requireDelegation(delegations, params.id);
  return {
    ...delegation,
    personalData: {
      retentionMonths,
      erasureDueOn: erasureDueOn(delegation, retentionMonths),
      erasedAt: delegation.personalDataErasedAt,
    },
    allowedActions: allowedActions(delegation.status, actor.roles),
    progress: progressOf(delegation),
  };
});
