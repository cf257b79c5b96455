import { toDelegationSnapshot } from '../../events/delegation-snapshot.v2';
import { DelegationRecheckRequestedV2 } from '../../events/delegation-snapshot-events.v2';
import { createEvent } from '../../events/envelope';
import { localDateOf } from '../compliance/calendar';
import type { Actor } from '../domain/actor';
import type { Delegation } from '../domain/delegation';
import { StaleVersionError } from '../domain/errors';
import { changedDays, withinReach } from '../domain/holiday-year';
import { is, notStarted } from '../domain/lifecycle';
import type { Meeting } from '../domain/meeting';
import type { DelegationStore } from './ports/delegation-store';
import { reviewAgain } from './review-again';
import { systemActor } from './transition';

const RECHECKER: Actor = systemActor('recheck-visits');

interface Deps {
  delegations: DelegationStore;
  /** Every visit arriving from the year before to the year after the corrected one. */
  arriving(from: string, to: string): Promise<Delegation[]>;
}

/**
 * The visits a correction can concern: not yet started, and with a changed day within reach of
 * their deadlines and meetings (every one of the three years when the event names no days).
 */
export async function visitsToRecheck(
  change: { year: number; changedDays?: readonly string[] },
  deps: Pick<Deps, 'arriving'>,
): Promise<Delegation[]> {
  const visits = await deps.arriving(`${change.year - 1}-01-01`, `${change.year + 1}-12-31`);
  const { changedDays } = change;
  return visits.filter(
    (visit) => is(notStarted, visit.status) && (!changedDays || withinReach(visit.visit, changedDays)),
  );
}

/**
 * A corrected holiday year moves deadlines: each visit it can concern that was checked against an
 * older version of that year is checked again (Delegation.RecheckRequested). Safe to repeat: a
 * visit already checked against this version, or changed meanwhile, is left alone.
 */
export async function recheckVisitsForCalendar(
  change: { year: number; version: number; changedDays?: readonly string[] },
  context: { correlationId: string; now: Date },
  deps: Deps,
): Promise<number> {
  const visits = await visitsToRecheck(change, deps);
  let requested = 0;
  // A failure is retried with the whole event: visits already re-checked are skipped then.
  for (const visit of visits) {
    if ((visit.compliance?.calendarVersions?.[String(change.year)] ?? -1) >= change.version) continue;
    const next = reviewAgain(visit, context.now);
    const event = createEvent(
      DelegationRecheckRequestedV2,
      {
        delegation: toDelegationSnapshot(next),
        reason: { holidayYear: change.year, calendarVersion: change.version },
      },
      { ...context, actor: RECHECKER, delegationId: visit.id, aggregateVersion: next.version },
    );
    try {
      await deps.delegations.save(next, visit.version, { previous: visit, events: [event] });
      requested++;
    } catch (error) {
      // Changed meanwhile: that change brings its own check, which reads the new calendar.
      if (!(error instanceof StaleVersionError)) throw error;
    }
  }
  return requested;
}

/**
 * What saving a correction would do, for admin to read before saving: the changed days, how many
 * visits are checked again (the same choice the re-check makes), and the booked meetings that
 * land on a new day off.
 */
export async function previewRecheck(
  year: number,
  input: { daysOff: readonly string[]; makeUpWorkingDays: readonly string[] },
  deps: Pick<Deps, 'arriving'> & {
    current(
      year: number,
    ): Promise<{ daysOff: readonly string[]; makeUpWorkingDays: readonly string[] } | undefined>;
    meetings: { list(delegationId: string): Promise<readonly Meeting[]> };
  },
) {
  const before = await deps.current(year);
  const changed = changedDays(before, input);
  const visits = await visitsToRecheck({ year, changedDays: changed }, deps);
  const newDaysOff = new Set([
    ...input.daysOff.filter((day) => !before?.daysOff.includes(day)),
    ...(before?.makeUpWorkingDays ?? []).filter((day) => !input.makeUpWorkingDays.includes(day)),
  ]);
  const meetings = (await Promise.all(visits.map((visit) => deps.meetings.list(visit.id)))).flat();
  return {
    year,
    changedDays: changed,
    visitsToRecheck: visits.length,
    meetingsOnNewDaysOff: meetings
      .filter((meeting) => meeting.status === 'scheduled' && newDaysOff.has(localDateOf(meeting.start)))
      .map(({ delegationId, id, title, start }) => ({ delegationId, meetingId: id, title, start })),
  };
}
