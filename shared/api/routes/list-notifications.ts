import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { notificationList } from '../responses/notifications';

export const contract = routeContract({
  summary: 'Every email about a delegation',
  params: delegationIdParams,
  ok: {
    status: 200,
    schema: notificationList,
    description: 'Recipient, addresses, event, status, SES message id, time',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
