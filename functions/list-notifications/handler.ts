import { DynamoDelegationRepository } from '../../shared/adapters/delegation-repository';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { DynamoNotificationRepository } from '../../shared/adapters/notification-repository';
import { delegationIdParams } from '../../shared/http/path-params';
import { httpRoute } from '../../shared/http/route';
import { functions } from '../../shared/manifest';
import { requireDelegation } from '../../shared/use-cases/require-delegation';

const delegations = new DynamoDelegationRepository(documentClient, tableName());
const notifications = new DynamoNotificationRepository(documentClient, tableName());

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
