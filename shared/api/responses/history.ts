/** The history of visits and the decisions waiting, one line per visit. */
import * as z from 'zod';
import { pendingReasonSchema } from '../../../events/decision-pending.v1';
import { delegationSchema } from '../../domain/delegation';

/** A page of a list, with the cursor of the next page when there is one. */
const page = <T extends z.ZodType>(items: T) =>
  z.object({ items: z.array(items), nextCursor: z.string().optional() });

/** One visit in the history of visits. */
export const historyPage = page(
  z.object({
    id: z.string(),
    receiptNumber: delegationSchema.shape.receiptNumber,
    partner: delegationSchema.shape.partner,
    purpose: z.string(),
    topics: delegationSchema.shape.topics,
    visit: delegationSchema.shape.visit,
    status: delegationSchema.shape.status,
    statusVi: z.string(),
    members: z.number().int(),
    head: z.string().optional(),
    hostDivision: z.string(),
  }),
);

export const pendingDecisions = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      receiptNumber: delegationSchema.shape.receiptNumber,
      status: z.enum(['approval_required', 'blocked']),
      revision: z.number().int(),
      partner: delegationSchema.shape.partner,
      visit: delegationSchema.shape.visit,
      purpose: z.string(),
      waitingSince: z.string(),
      reasons: z.array(pendingReasonSchema),
    }),
  ),
});
