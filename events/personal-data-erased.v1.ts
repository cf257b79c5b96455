import * as z from 'zod';
import { defineEvent } from './envelope';

export const PersonalDataErasedV1 = defineEvent({
  name: 'Delegation.PersonalDataErased',
  version: 1,
  description:
    "The Department's retention period after the visit closed has passed: the members' passport numbers and other personal details, and the dossier's passport scans, were erased (names, nationality, counts and signed letters stay).",
  dataSchema: z.object({
    delegationId: z.string(),
    version: z.number().int().positive(),
    /** How many passport numbers were erased. */
    passportNumbers: z.number().int().min(0),
    /** How many dates of birth, and members' passport expiry or entry details (added to v1 as optional). */
    datesOfBirth: z.number().int().min(0).optional(),
    entryDetails: z.number().int().min(0).optional(),
    /** The dossier's passport scans deleted (added to v1 as optional). */
    passportScans: z.number().int().min(0).optional(),
    retentionMonths: z.number().int().positive(),
    closedOn: z.iso.date(),
  }),
});
