import { externalPlanSchema } from '../../domain/external-plan';
import { routeContract } from '../../http/contract';
import { planViewSchema, planYearParams } from '../external-plan-schemas';

export const contract = routeContract({
  summary: "Saves the year's external-information plan as a whole",
  params: planYearParams,
  body: externalPlanSchema,
  ok: {
    status: 200,
    schema: planViewSchema,
    description:
      'The saved plan (ETag = its version). If-Match with the version read ("0" for a year never saved): a stale copy would undo another user’s record (412). 422 when the leader is not of the Department’s leadership, a named official is not active in the directory, or a record falls outside the year.',
  },
  ifMatch: 'required',
  idempotencyKey: 'none',
  etag: (plan) => plan.version,
});
