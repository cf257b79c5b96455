import { toDelegationSnapshot } from '../../events/delegation-snapshot.v2';
import { DelegationUpdatedV2 } from '../../events/delegation-snapshot-events.v2';
import { createEvent } from '../../events/envelope';
import type { Actor } from '../domain/actor';
import {
  assertAnnounceable,
  type Delegation,
  type Registration,
  registrationOf,
  registrationSchema,
} from '../domain/delegation';
import { type DivisionSource, requireActiveDivision } from '../domain/divisions';
import { ConflictError, IllegalTransitionError, InvalidChangeError } from '../domain/errors';
import type { Meeting } from '../domain/meeting';
import { allowedTransitions, canTransition } from '../domain/status';
import { commandOnDelegation } from './delegation-command';
import type { DelegationStore } from './ports/delegation-store';
import { transition } from './transition';

export interface UpdateDeps {
  delegations: DelegationStore;
  meetings: { list(delegationId: string): Promise<Meeting[]> };
  divisions: DivisionSource;
}

/**
 * Applies the Office's changes to a registration if nobody edited it since the revision they read.
 * The changed visit goes back to review, any earlier decision is dropped, and
 * Delegation.Updated brings a fresh compliance check.
 *
 * Booked meetings stay booked while the changed visit is checked again (the officials' time stays
 * reserved); an edit that would leave a scheduled meeting outside the new visit window is refused
 * with 409 and the meetings to move or cancel first.
 */
export async function updateDelegation(
  id: string,
  changes: Partial<Registration>,
  context: { expectedVersion: number; actor: Actor; correlationId: string; now: Date },
  deps: UpdateDeps,
): Promise<Delegation> {
  const divisions = changes.hostDivision === undefined ? undefined : (await deps.divisions.get()).items;
  const outside = changes.visit ? await meetingsOutside(id, changes.visit, deps) : [];
  return commandOnDelegation(id, context.expectedVersion, deps.delegations, (current) => {
    // The console sends the whole form: a visit whose division was deactivated since stays
    // editable as long as the edit does not name another division.
    if (divisions && changes.hostDivision !== undefined && changes.hostDivision !== current.hostDivision)
      requireActiveDivision(divisions, changes.hostDivision);
    if (!canTransition(current.status, 'under_review')) {
      throw new IllegalTransitionError(`A delegation that is ${current.status} can no longer be edited.`, {
        status: current.status,
        allowed: allowedTransitions(current.status),
      });
    }
    if (outside.length > 0) {
      throw new ConflictError(
        'Scheduled meetings would fall outside the new visit dates; reschedule or cancel them first.',
        { meetings: outside.map(({ id, title, start, end }) => ({ id, title, start, end })) },
      );
    }
    const parsed = registrationSchema.safeParse({ ...registrationOf(current), ...changes });
    if (!parsed.success) {
      throw new InvalidChangeError('With these changes the registration would be invalid.', {
        issues: parsed.error.issues.map((issue) => ({
          path: issue.path.map(String).join('.') || '(root)',
          message: issue.message,
        })),
      });
    }
    const merged = parsed.data;
    const next = assertAnnounceable(
      transition({ ...current, ...merged }, 'under_review', context.now, {
        revision: current.revision + 1,
        decision: undefined,
        compliance: undefined,
      }),
    );
    return {
      next,
      options: {
        previous: current,
        events: [
          createEvent(
            DelegationUpdatedV2,
            { delegation: toDelegationSnapshot(next), changedFields: Object.keys(changes).sort() },
            { ...context, delegationId: id, aggregateVersion: next.version },
          ),
        ],
      },
    };
  });
}

async function meetingsOutside(
  id: string,
  visit: { arrival: string; departure: string },
  deps: UpdateDeps,
): Promise<Meeting[]> {
  const from = Date.parse(visit.arrival);
  const to = Date.parse(visit.departure);
  return (await deps.meetings.list(id)).filter(
    (meeting) =>
      meeting.status === 'scheduled' && (Date.parse(meeting.start) < from || Date.parse(meeting.end) > to),
  );
}
