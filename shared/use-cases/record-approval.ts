import { ulid } from 'ulid';
import { toDelegationSnapshot } from '../../events/delegation-snapshot.v2';
import { DelegationApprovalRecordedV2 } from '../../events/delegation-snapshot-events.v2';
import { createEvent } from '../../events/envelope';
import { localDateOf } from '../compliance/calendar';
import type { Actor } from '../domain/actor';
import type { Delegation } from '../domain/delegation';
import { ConflictError, IllegalTransitionError, InvalidChangeError } from '../domain/errors';
import {
  type DocumentDateLimits,
  type ExternalApproval,
  type ExternalApprovalInput,
  implausibleDates,
  MAX_APPROVALS,
} from '../domain/external-approval';
import { is, recheckable } from '../domain/lifecycle';
import { commandOnDelegation } from './delegation-command';
import type { DelegationStore } from './ports/delegation-store';
import { reviewAgain } from './review-again';

/**
 * Records a permission or permit from an outside authority on the registration the Office read
 * (If-Match). It is appended to the timeline by its event, and the event brings a fresh
 * compliance check, in which the matching finding becomes satisfied. Leadership's decision, if
 * any, stays: a permission never undoes it, and never stands in for one either.
 */
export async function recordExternalApproval(
  id: string,
  input: ExternalApprovalInput,
  context: { expectedVersion: number; actor: Actor; correlationId: string; now: Date },
  deps: { delegations: DelegationStore; dateLimits: DocumentDateLimits },
): Promise<{ delegation: Delegation; approval: ExternalApproval }> {
  const issues = implausibleDates(input, localDateOf(context.now), deps.dateLimits);
  if (issues.length > 0)
    throw new InvalidChangeError('The dates of the document are not plausible.', { issues });
  const approval: ExternalApproval = {
    ...input,
    id: ulid(context.now.getTime()),
    recordedBy: context.actor,
    recordedAt: context.now.toISOString(),
  };
  const delegation = await commandOnDelegation(id, context.expectedVersion, deps.delegations, (current) => {
    const changes = { revision: current.revision + 1, approvals: [...current.approvals, approval] };
    if (current.approvals.length >= MAX_APPROVALS) {
      throw new ConflictError(`A visit holds at most ${MAX_APPROVALS} recorded approvals.`, {
        limit: MAX_APPROVALS,
      });
    }
    if (!is(recheckable, current.status)) {
      throw new IllegalTransitionError(`A delegation that is ${current.status} takes no more approvals.`, {
        status: current.status,
        allowed: [],
      });
    }
    const next = reviewAgain(current, context.now, changes);
    return {
      next,
      options: {
        previous: current,
        events: [
          createEvent(
            DelegationApprovalRecordedV2,
            { delegation: toDelegationSnapshot(next), approval },
            { ...context, delegationId: id, aggregateVersion: next.version },
          ),
        ],
      },
    };
  });
  return { delegation, approval };
}
