import { DelegationRecheckRequestedV1 } from '../../events/delegation-recheck-requested.v1';
import { createEvent } from '../../events/envelope';
import type { Actor } from '../domain/actor';
import type { Delegation } from '../domain/delegation';
import { StaleVersionError } from '../domain/errors';
import { is, notStarted } from '../domain/lifecycle';
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
 * A corrected holiday year moves deadlines: each visit not yet started that was checked against an
 * older version of that year is checked again (Delegation.RecheckRequested). Safe to repeat: a
 * visit already checked against this version, or changed meanwhile, is left alone.
 */
export async function recheckVisitsForCalendar(
  change: { year: number; version: number },
  context: { correlationId: string; now: Date },
  deps: Deps,
): Promise<number> {
  const visits = await deps.arriving(`${change.year - 1}-01-01`, `${change.year + 1}-12-31`);
  let requested = 0;
  // A failure is retried with the whole event: visits already re-checked are skipped then.
  for (const visit of visits.filter((candidate) => is(notStarted, candidate.status))) {
    if ((visit.compliance?.calendarVersions?.[String(change.year)] ?? -1) >= change.version) continue;
    const next = reviewAgain(visit, context.now);
    const event = createEvent(
      DelegationRecheckRequestedV1,
      { delegation: next, reason: { holidayYear: change.year, calendarVersion: change.version } },
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
