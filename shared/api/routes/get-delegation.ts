import * as z from 'zod';
import { delegationSchema } from '../../domain/delegation';
import { progressStates, progressSteps } from '../../domain/progress';
import { routeContract } from '../../http/contract';
import { delegationIdParams } from '../../http/path-params';
import { visitActions } from '../../use-cases/allowed-actions';

/** A delegation as GET answers it: with when its members' personal data is (or was) erased. */
export const delegationView = delegationSchema.extend({
  personalData: z.object({
    /** The retention period in months, counted from the day the visit closed. */
    retentionMonths: z.number().int().positive(),
    /** The day the passport numbers will be erased; absent while the visit is open. */
    erasureDueOn: z.iso.date().optional(),
    erasedAt: z.string().optional(),
  }),
  /** What the caller may do to the visit now, by its status and their roles: what the console offers. */
  allowedActions: z.array(z.enum(visitActions)),
  /** Where the visit stands: received → checked → waiting → approved → under way → reported, with dates. */
  progress: z.array(
    z.object({
      key: z.enum(progressSteps),
      titleVi: z.string(),
      state: z.enum(progressStates),
      at: z.string().optional(),
      noteVi: z.string().optional(),
    }),
  ),
});

export const contract = routeContract({
  summary: 'Read one delegation',
  params: delegationIdParams,
  ok: {
    status: 200,
    schema: delegationView,
    description: 'The delegation (ETag = its revision), with when its personal data is erased',
  },
  ifMatch: 'none',
  idempotencyKey: 'none',
  etag: (delegation) => delegation.revision,
});
