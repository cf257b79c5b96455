import * as z from 'zod';
import { actorSchema } from '../shared/domain/actor';
import { defineEvent } from './envelope';

export const TaskCompletedV1 = defineEvent({
  name: 'Delegation.TaskCompleted',
  version: 1,
  description:
    "The Office marked a task of the visit's compliance report done (a guest list sent, a declaration made), with a note and the dossier file or permit that shows it.",
  dataSchema: z.object({
    delegationId: z.string(),
    version: z.number().int().positive(),
    task: z.object({ key: z.string(), title: z.string() }),
    note: z.string().optional(),
    attachmentId: z.string().optional(),
    approvalId: z.string().optional(),
    doneBy: actorSchema,
  }),
});
