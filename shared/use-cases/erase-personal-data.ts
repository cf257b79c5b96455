/**
 * The retention job: once a closed visit has passed the Department's retention period (a stage
 * setting, not a legal figure), erases the members' passport numbers and other personal details
 * and deletes the dossier's passport scans, with a Delegation.PersonalDataErased event that says
 * what was erased. Signed outgoing letters and the rest of the dossier stay. Safe to repeat: an
 * erased visit holds nothing to erase and is passed over; a visit changed meanwhile is left for
 * the next run.
 */
import { createEvent } from '../../events/envelope';
import { PersonalDataErasedV1 } from '../../events/personal-data-erased.v1';
import { localDateOf } from '../compliance/calendar';
import {
  closedOn,
  erasureDueOn,
  holdsPersonalData,
  personalDataCounts,
  retentionPolicyName,
  withoutPersonalData,
} from '../compliance/personal-data';
import type { Attachment } from '../domain/attachment';
import { StaleVersionError } from '../domain/errors';
import { closed } from '../domain/lifecycle';
import { deleteAttachment, everyRecord } from './attachments';
import { eachItem } from './each-item';
import type { Attachments, FileObjects } from './ports/attachments';
import type { DelegationStore } from './ports/delegation-store';
import type { ReportSource } from './ports/report-source';
import { systemActor } from './transition';

const RETENTION = systemActor('personal-data-retention');

const ERASED = '[số hộ chiếu đã xóa]';

/** The text without any of the passport numbers (a scan named after a passport, a note quoting one). */
function scrub(text: string | undefined, passports: readonly string[]): string | undefined {
  if (text === undefined) return undefined;
  return passports.reduce(
    (result, passport) => result.replace(new RegExp(passport.replace(/[^A-Z0-9]/gi, ''), 'gi'), ERASED),
    text,
  );
}

const heldScan = (attachment: Attachment) =>
  attachment.kind === 'passport-scan' && attachment.status !== 'deleted';

interface Deps {
  delegations: DelegationStore;
  attachments: Attachments;
  files: FileObjects;
  source: Pick<ReportSource, 'inStatus'>;
  /** The Department's retention period, in months. */
  retentionMonths: number;
}

/** The dossier without passport scans, and its records without the passport numbers they name. */
async function eraseFromDossier(delegationId: string, passports: readonly string[], now: Date, deps: Deps) {
  let scans = 0;
  for (const attachment of await everyRecord(delegationId, deps.attachments)) {
    if (heldScan(attachment)) {
      await deleteAttachment(
        {
          delegationId,
          attachmentId: attachment.id,
          reason: `Xóa khi hết ${retentionPolicyName(deps.retentionMonths)}`,
          actor: RETENTION,
          now,
          correlationId: `schedule:${localDateOf(now)}`,
        },
        deps,
      );
      scans++;
      continue;
    }
    const fileName = scrub(attachment.fileName, passports) as string;
    const note = scrub(attachment.note, passports);
    if (fileName === attachment.fileName && note === attachment.note) continue;
    await deps.attachments.save(
      { ...attachment, fileName, note, version: attachment.version + 1 },
      attachment.version,
    );
  }
  return scans;
}

export async function erasePersonalData(now: Date, deps: Deps): Promise<{ erased: number }> {
  const today = localDateOf(now);
  let erased = 0;
  // A visit in any other status can still need its guest list.
  for (const status of closed) {
    const due = (await deps.source.inStatus(status)).filter((delegation) => {
      const dueOn = erasureDueOn(delegation, deps.retentionMonths);
      return dueOn !== undefined && dueOn <= today && !delegation.personalDataErasedAt;
    });
    await eachItem('personal-data', due, async (delegation) => {
      const passports = delegation.members.flatMap((member) => member.passportNumber ?? []);
      // The dossier first: should the job stop between the two, the next night finds the visit again.
      const passportScans = await eraseFromDossier(delegation.id, passports, now, deps);
      if (!holdsPersonalData(delegation) && passportScans === 0) return;
      const next = withoutPersonalData(delegation, now);
      const event = createEvent(
        PersonalDataErasedV1,
        {
          delegationId: delegation.id,
          version: next.version,
          ...personalDataCounts(delegation),
          passportScans,
          retentionMonths: deps.retentionMonths,
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
