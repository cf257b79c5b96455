import * as z from 'zod';
import { delegationSchema } from '../shared/domain/delegation';
import { defineEvent } from './envelope';

export const DelegationRegisteredV1 = defineEvent({
  name: 'Delegation.Registered',
  version: 1,
  description:
    'The Office registered an incoming delegation; the data is the stored delegation at version 1.',
  dataSchema: z.object({ delegation: delegationSchema }),
});
