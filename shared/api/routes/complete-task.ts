import { delegationSchema, taskDoneInputSchema } from '../../domain/delegation';
import { routeContract } from '../../http/contract';
import { taskParams } from '../../http/path-params';

export const contract = routeContract({
  summary: 'Mark a task of the compliance report done',
  params: taskParams,
  body: taskDoneInputSchema,
  ok: {
    status: 200,
    schema: delegationSchema,
    description: 'The delegation with the task among `tasksDone` (marking it again changes nothing)',
  },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: (delegation) => delegation.revision,
});
