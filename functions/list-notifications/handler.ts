import { delegationIdParams } from '../../shared/http/path-params';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { requireDelegation } from '../../shared/use-cases/require-delegation';
import { notificationStore, readDelegations } from '../../shared/wiring/stores';

const delegations = readDelegations();
const notifications = notificationStore();

export const handler = httpRoute(
  functions.listNotifications,
  { params: delegationIdParams },
  async ({ params }) => {
    await requireDelegation(delegations, params.id);
    return {
      statusCode: 200,
      body: { delegationId: params.id, notifications: await notifications.list(params.id) },
    };
  },
);
