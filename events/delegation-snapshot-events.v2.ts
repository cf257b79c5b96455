/**
 * The four events that carry the whole delegation, at v2: the same meaning and data as v1, with the
 * delegation as delegation-snapshot.v2.ts writes it (the overseas-Vietnamese partner types and the
 * plan's activity kinds). Producers publish v2; the v1 definitions stay so archived events parse.
 */
import * as z from 'zod';
import { externalApprovalSchema } from '../shared/domain/external-approval';
import { delegationSnapshotV2 } from './delegation-snapshot.v2';
import { defineEvent } from './envelope';

export const DelegationRegisteredV2 = defineEvent({
  name: 'Delegation.Registered',
  version: 2,
  description:
    'The Office registered an incoming delegation; the data is the stored delegation at version 1.',
  dataSchema: z.object({ delegation: delegationSnapshotV2 }),
});

export const DelegationUpdatedV2 = defineEvent({
  name: 'Delegation.Updated',
  version: 2,
  description: 'The Office changed a registration; it goes back to review and is checked again.',
  dataSchema: z.object({ delegation: delegationSnapshotV2, changedFields: z.array(z.string()) }),
});

export const DelegationApprovalRecordedV2 = defineEvent({
  name: 'Delegation.ApprovalRecorded',
  version: 2,
  description:
    'The Office recorded a permission or permit from an outside authority; the delegation is checked again.',
  dataSchema: z.object({ delegation: delegationSnapshotV2, approval: externalApprovalSchema }),
});

export const DelegationRecheckRequestedV2 = defineEvent({
  name: 'Delegation.RecheckRequested',
  version: 2,
  description:
    'Something the check depends on changed outside the registration (the holiday calendar); the delegation is checked again.',
  dataSchema: z.object({
    delegation: delegationSnapshotV2,
    reason: z.object({ holidayYear: z.number().int(), calendarVersion: z.number().int().positive() }),
  }),
});
