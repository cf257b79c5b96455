import { contract } from '../../shared/api/routes/get-delegation';
import { erasureDueOn, retentionMonths as retentionSetting } from '../../shared/domain/personal-data';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { requireDelegation } from '../../shared/use-cases/require-delegation';
import { readDelegations } from '../../shared/wiring/stores';

const delegations = readDelegations();
const retentionMonths = retentionSetting();

export const handler = httpRoute(functions.getDelegation, contract, async ({ params }) => {
  const delegation = await requireDelegation(delegations, params.id);
  return {
    ...delegation,
    personalData: {
      retentionMonths,
      erasureDueOn: erasureDueOn(delegation, retentionMonths),
      erasedAt: delegation.personalDataErasedAt,
    },
  };
});
