/**
 * The delegation as the v2 events carry it (Registered, Updated, ApprovalRecorded,
 * RecheckRequested): v1 with the partner types and activity kinds of the plan on external
 * information (overseas Vietnamese people and associations; business matching, promotion and
 * exhibitions, technology demonstrations) and the compliance summary's `sensitive`. Written out
 * from v1's frozen parts, never from the live domain schema; the domain must fit it
 * (`toDelegationSnapshot` does not compile otherwise), and a field the domain gains later is left
 * out until a v3 carries it.
 */
import * as z from 'zod';
import type { Delegation } from '../shared/domain/delegation';
import { activityV1, complianceV1, delegationSnapshotV1, partnerV1 } from './delegation-snapshot.v1';

export const delegationSnapshotV2 = delegationSnapshotV1.extend({
  partner: partnerV1.extend({
    type: z.enum([
      ...partnerV1.shape.type.options,
      'overseas_vietnamese_individual',
      'overseas_vietnamese_association',
    ]),
  }),
  activities: z
    .array(
      activityV1.extend({
        type: z.enum([
          ...activityV1.shape.type.options,
          'business_matching',
          'promotion_exhibition',
          'technology_demonstration',
        ]),
      }),
    )
    .max(50)
    .default([]),
  compliance: complianceV1.extend({ sensitive: z.boolean().optional() }).optional(),
});
export type DelegationSnapshotV2 = z.output<typeof delegationSnapshotV2>;

/**
 * The delegation as v2 carries it: every field v2 knows, and nothing the domain added since.
 * The parameter's type is checked against the snapshot, so a renamed or retyped field fails here.
 */
export function toDelegationSnapshot(delegation: Delegation): DelegationSnapshotV2 {
  const fits: DelegationSnapshotV2 = delegation;
  return delegationSnapshotV2.parse(fits);
}
