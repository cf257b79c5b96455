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
import type { Attachments } from './ports/attachments';
import type { DelegationStore } from './ports/delegation-store';
import type { ReportSource } from './ports/report-source';
import { systemActor } from './transition';

const RETENTION = systemActor('personal-data-retention');
/** The statuses a visit ends in; a visit in any other can still need its guest list. */
const CLOSED: DelegationStatus[] = ['reported', 'cancelled', 'rejected'];

const ERASED = '[số hộ chiếu đã xóa]';

/** The text without any of the passport numbers (a scan named after a passport, a note quoting one). */
function scrub(text: string | undefined, passports: readonly string[]): string | undefined {
  if (text === undefined) return undefined;
  return passports.reduce(
    (result, passport) => result.replace(new RegExp(passport.replace(/[^A-Z0-9]/gi, ''), 'gi'), ERASED),
    text,
  );
}

/** The dossier's records that name a passport number, rewritten without it (the files are the Office's). */
async function scrubAttachments(
  delegationId: string,
  passports: readonly string[],
  attachments: Attachments,
) {
  for (const attachment of await attachments.list(delegationId)) {
    const fileName = scrub(attachment.fileName, passports) as string;
    const note = scrub(attachment.note, passports);
    if (fileName === attachment.fileName && note === attachment.note) continue;
    await attachments.save(
      { ...attachment, fileName, note, version: attachment.version + 1 },
      attachment.version,
    );
  }
}

export async function erasePersonalData(
  now: Date,
  deps: {
    delegations: DelegationStore;
    attachments: Attachments;
    source: Pick<ReportSource, 'inStatus'>;
    profile: RuleProfile;
  },
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
      const passports = delegation.members.flatMap((member) => member.passportNumber ?? []);
      // The dossier first: should the job stop between the two, the next night finds the visit again.
      await scrubAttachments(delegation.id, passports, deps.attachments);
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
