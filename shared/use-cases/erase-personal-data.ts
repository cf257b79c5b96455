/**
 * The retention job: erases the passport numbers of visits closed longer ago than the profile's
 * retention period, with a Delegation.PersonalDataErased event that the timeline records. Safe to
 * repeat: an erased visit holds no passport number and is passed over; a visit changed meanwhile
 * is left for the next run.
 */
import { createEvent } from '../../events/envelope';
import { PersonalDataErasedV1 } from '../../events/personal-data-erased.v1';
import { localDateOf } from '../compliance/calendar';
import type { RuleProfile } from '../compliance/profile';
import { StaleVersionError } from '../domain/errors';
import { closedOn, erasureDueOn, holdsPersonalData, withoutPersonalData } from '../domain/personal-data';
import type { DelegationStatus } from '../domain/status';
import { eachItem } from './each-item';
import type { DelegationStore } from './ports/delegation-store';
import type { ReportSource } from './ports/report-source';
import { systemActor } from './transition';

const RETENTION = systemActor('personal-data-retention');
/** The statuses a visit ends in; a visit in any other can still need its guest list. */
const CLOSED: DelegationStatus[] = ['reported', 'cancelled', 'rejected'];

export async function erasePersonalData(
  now: Date,
  deps: { delegations: DelegationStore; source: Pick<ReportSource, 'inStatus'>; profile: RuleProfile },
): Promise<{ erased: number }> {
  const today = localDateOf(now);
  const months = deps.profile.parameters.personalDataRetentionMonths;
  let erased = 0;
  for (const status of CLOSED) {
    const due = (await deps.source.inStatus(status)).filter((delegation) => {
      const dueOn = erasureDueOn(delegation, months);
      return dueOn !== undefined && dueOn <= today && holdsPersonalData(delegation);
    });
    await eachItem('personal-data', due, async (delegation) => {
      const next = withoutPersonalData(delegation, now);
      const event = createEvent(
        PersonalDataErasedV1,
        {
          delegationId: delegation.id,
          version: next.version,
          passportNumbers: delegation.members.filter((member) => member.passportNumber).length,
          retentionMonths: months,
          closedOn: closedOn(delegation) as string,
        },
        {
          correlationId: `schedule:${today}`,
          actor: RETENTION,
          now,
          delegationId: delegation.id,
          aggregateVersion: next.version,
        },
      );
      try {
        await deps.delegations.save(next, delegation.version, { previous: delegation, events: [event] });
        erased++;
      } catch (error) {
        if (!(error instanceof StaleVersionError)) throw error;
      }
    });
  }
  return { erased };
}
