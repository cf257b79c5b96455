import * as z from 'zod';
import { actorSchema } from '../shared/domain/actor';
import { defineEvent } from './envelope';

const decisionData = z.object({
  delegationId: z.string(),
  version: z.number().int().positive(),
  note: z.string().optional(),
  decidedBy: actorSchema,
});

export const DelegationApprovedV1 = defineEvent({
  name: 'Delegation.Approved',
  version: 1,
  description: 'Leadership approved the visit.',
  dataSchema: decisionData,
});

export const DelegationRejectedV1 = defineEvent({
  name: 'Delegation.Rejected',
  version: 1,
  description: 'Leadership rejected the visit.',
  dataSchema: decisionData,
});

export const DelegationCancelledV1 = defineEvent({
  name: 'Delegation.Cancelled',
  version: 1,
  description: 'The Office cancelled the visit.',
  dataSchema: z.object({
    delegationId: z.string(),
    version: z.number().int().positive(),
    reason: z.string(),
    previousStatus: z.string(),
  }),
});
