import * as z from 'zod';
import { defineEvent } from './envelope';

export const PersonalDataErasedV1 = defineEvent({
  name: 'Delegation.PersonalDataErased',
  version: 1,
  description:
    "The retention period after the visit closed has passed: the members' passport numbers were erased (names, nationality and counts stay).",
  dataSchema: z.object({
    delegationId: z.string(),
    version: z.number().int().positive(),
    /** How many passport numbers were erased. */
    passportNumbers: z.number().int().min(0),
    retentionMonths: z.number().int().positive(),
    closedOn: z.iso.date(),
  }),
});
