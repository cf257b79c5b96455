import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { meetingList } from '../responses/meetings';

export const contract = routeContract({
  summary: "A delegation's meetings",
  params: delegationIdParams,
  ok: { status: 200, schema: meetingList, description: 'Meetings in order, each with its secrecy findings' },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
