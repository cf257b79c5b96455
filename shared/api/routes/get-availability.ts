import { routeContract } from '../../http/contract';
import { availabilityQuerySchema } from '../request-schemas';
import { availabilityView } from '../responses/meetings';

export const contract = routeContract({
  summary: 'Free intervals of a working day',
  query: availabilityQuerySchema,
  ok: {
    status: 200,
    schema: availabilityView,
    description: 'Free intervals for the room and officials together',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
});
