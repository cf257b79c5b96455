import { contract } from '../../shared/api/routes/list-notifications';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { requireDelegation } from '../../shared/use-cases/require-delegation';
import { notificationStore, readDelegations } from '../../shared/wiring/stores';

const delegations = readDelegations();
const notifications = notificationStore();

export const handler = httpRoute(functions.listNotifications, contract, async ({ params }) => {
  await requireDelegation(delegations, params.id);
  return { delegationId: params.id, notifications: await notifications.list(params.id) };
});
