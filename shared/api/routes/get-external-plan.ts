import { routeContract } from '../../http/contract';
import { planViewSchema, planYearParams } from '../external-plan-schemas';

export const contract = routeContract({
  summary: "The year's external-information plan as the Office keeps it",
  params: planYearParams,
  ok: {
    status: 200,
    schema: planViewSchema,
    description:
      'The leader in charge, the focal official, the plan document, the budget, the training attended and the events organised (version 0 and empty lists while nothing was saved); ETag = its version',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
  etag: (plan) => plan.version,
});
