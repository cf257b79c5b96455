import { ulid } from 'ulid';
import { createEvent } from '../../events/envelope';
import {
  MeetingCancelledV1,
  MeetingRescheduledV1,
  MeetingScheduledV1,
  MeetingSecrecyApprovedV1,
} from '../../events/meeting-events.v1';
import { localDateOf } from '../compliance/calendar';
import { checkCompliance } from '../compliance/engine';
import type { RuleProfile } from '../compliance/profile';
import { stateSecrets } from '../compliance/rules/sensitive';
import type { Actor } from '../domain/actor';
import type { Delegation } from '../domain/delegation';
import {
  IllegalTransitionError,
  NotFoundError,
  StaleVersionError,
  UnprocessableError,
} from '../domain/errors';
import { beforeFirstMeeting, bookable, closedBeforeVisit, is } from '../domain/lifecycle';
import { holdOf, type Meeting, type MeetingRequest, resourcesOf } from '../domain/meeting';
import type { Official, Room } from '../domain/resources';
import { statusNames } from '../domain/status-names';
import { slotProblems } from '../scheduling/slots';
import type { Calendar } from './ports/calendar';
import type { DelegationStore } from './ports/delegation-store';
import type { DirectoryStore } from './ports/directory';
import type { Meetings } from './ports/meetings';
import { requireDelegation } from './require-delegation';
import { confirm, release, reserve } from './reservations';
import { systemActor, transition } from './transition';

export interface MeetingDeps {
  delegations: DelegationStore;
  meetings: Meetings;
  calendar: Calendar;
  rooms: DirectoryStore<Room>;
  officials: DirectoryStore<Official>;
  profile: RuleProfile;
  /** The holiday calendar as admin last corrected it: no meeting on a day declared off. */
  holidays: { profile(base: RuleProfile): Promise<RuleProfile> };
}

interface Context {
  actor: Actor;
  correlationId: string;
  now: Date;
}

async function bookableDelegation(id: string, deps: MeetingDeps): Promise<Delegation> {
  const delegation = await requireDelegation(deps.delegations, id);
  // Once the visit is cleared or approved, while it is scheduled, and during it (a multi-day
  // programme changes as it goes).
  if (!is(bookable, delegation.status)) {
    throw new UnprocessableError(
      `Meetings can be booked for cleared or approved visits and during the visit; this one is ${delegation.status}.`,
      {
        reasons: [`The delegation is ${delegation.status}.`],
        reasonsVi: [
          `Chỉ đặt lịch họp cho đoàn đã đủ điều kiện hoặc đã được duyệt; đoàn này: ${statusNames[delegation.status].toLocaleLowerCase('vi')}.`,
        ],
      },
    );
  }
  return delegation;
}

async function checkSlot(plan: MeetingRequest, delegation: Delegation, now: Date, deps: MeetingDeps) {
  const problems = slotProblems(plan, delegation.visit, await deps.holidays.profile(deps.profile));
  if (Date.parse(plan.start) < now.getTime()) {
    problems.push({ en: 'The meeting would start in the past.', vi: 'Thời gian bắt đầu đã qua.' });
  }
  const [rooms, officials] = await Promise.all([deps.rooms.get(), deps.officials.get()]);
  if (!rooms.items.some((room) => room.id === plan.roomId && room.active)) {
    problems.push({
      en: `There is no active room ${plan.roomId}.`,
      vi: `Không có phòng họp ${plan.roomId} đang sử dụng.`,
    });
  }
  for (const id of plan.officialIds) {
    if (!officials.items.some((official) => official.id === id && official.active))
      problems.push({ en: `There is no active official ${id}.`, vi: `Không có cán bộ ${id} đang công tác.` });
  }
  if (problems.length > 0) {
    throw new UnprocessableError('The meeting cannot take place as requested.', {
      reasons: problems.map((problem) => problem.en),
      reasonsVi: problems.map((problem) => problem.vi),
    });
  }
}

/** The STATE_SECRETS findings for a meeting: a confidential one waits for written approval. */
export function secrecyFindings(meeting: Meeting, delegation: Delegation, profile: RuleProfile) {
  if (meeting.status === 'cancelled') return [];
  const report = checkCompliance(delegation, {
    profile,
    receivedAt: delegation.createdAt,
    checkedAt: meeting.updatedAt,
    meetings: [{ ...meeting, startsAt: meeting.start, secrecyApproval: meeting.secrecyApproval?.reference }],
    rules: [stateSecrets],
  });
  return report.findings;
}

const slotOf = (meeting: Meeting) => ({
  holdId: holdOf(meeting),
  meetingId: meeting.id,
  delegationId: meeting.delegationId,
  title: meeting.title,
  start: meeting.start,
  end: meeting.end,
});

export async function scheduleMeeting(
  delegationId: string,
  plan: MeetingRequest,
  context: Context & { meetingId: string },
  deps: MeetingDeps,
): Promise<Meeting> {
  const delegation = await bookableDelegation(delegationId, deps);
  const existing = await deps.meetings.get(delegationId, context.meetingId);
  if (existing) return existing; // a retried request that already succeeded
  await checkSlot(plan, delegation, context.now, deps);
  const now = context.now.toISOString();
  const meeting: Meeting = {
    ...plan,
    id: context.meetingId,
    delegationId,
    status: 'scheduled',
    version: 1,
    sequence: 0,
    holdId: ulid(),
    createdAt: now,
    updatedAt: now,
    createdBy: context.actor,
  };
  const date = localDateOf(meeting.start);
  await reserve(
    deps.calendar,
    resourcesOf(meeting),
    date,
    slotOf(meeting),
    deps.profile.workingHours.bufferMinutes,
  );
  try {
    await deps.meetings.save(meeting, undefined, [
      createEvent(
        MeetingScheduledV1,
        { meeting },
        { ...context, delegationId, aggregateId: meeting.id, aggregateVersion: 1 },
      ),
    ]);
  } catch (error) {
    await release(deps.calendar, resourcesOf(meeting), date, holdOf(meeting));
    throw error;
  }
  await confirm(deps.calendar, resourcesOf(meeting), date, holdOf(meeting));
  await markScheduled(delegationId, context.now, deps);
  return meeting;
}

/** The delegation becomes `scheduled` with its first meeting (retrying if it changed meanwhile). */
async function markScheduled(delegationId: string, now: Date, deps: MeetingDeps) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const current = await deps.delegations.get(delegationId);
    if (!current || !is(beforeFirstMeeting, current.status)) return;
    try {
      await deps.delegations.save(transition(current, 'scheduled', now), current.version);
      return;
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
    }
  }
}

async function loadMeeting(
  delegationId: string,
  meetingId: string,
  expectedVersion: number | undefined,
  deps: MeetingDeps,
) {
  const meeting = await deps.meetings.get(delegationId, meetingId);
  if (!meeting) throw new NotFoundError(`Delegation ${delegationId} has no meeting ${meetingId}.`);
  if (expectedVersion !== undefined && meeting.version !== expectedVersion) {
    throw new StaleVersionError(
      `The meeting is at version ${meeting.version}, not ${expectedVersion}; reload it.`,
      {
        currentVersion: meeting.version,
      },
    );
  }
  if (meeting.status === 'cancelled') throw new IllegalTransitionError('This meeting was cancelled.');
  return meeting;
}

export async function rescheduleMeeting(
  delegationId: string,
  meetingId: string,
  change: Partial<MeetingRequest>,
  context: Context & { expectedVersion: number },
  deps: MeetingDeps,
): Promise<Meeting> {
  const delegation = await bookableDelegation(delegationId, deps);
  const before = await loadMeeting(delegationId, meetingId, context.expectedVersion, deps);
  const plan = { ...before, ...change };
  if (Date.parse(plan.start) >= Date.parse(plan.end)) {
    throw new UnprocessableError('The meeting cannot take place as requested.', {
      reasons: ['A meeting ends after it starts.'],
      reasonsVi: ['Giờ kết thúc phải sau giờ bắt đầu.'],
    });
  }
  await checkSlot(plan, delegation, context.now, deps);
  const after: Meeting = {
    ...plan,
    version: before.version + 1,
    sequence: before.sequence + 1,
    holdId: ulid(),
    updatedAt: context.now.toISOString(),
    // A changed confidential meeting needs its approval again; an open one has no secrecy level.
    secrecyApproval:
      change.start || change.end || change.title || change.secrecyLevel ? undefined : before.secrecyApproval,
    secrecyLevel: plan.confidential ? plan.secrecyLevel : undefined,
  };
  const date = localDateOf(after.start);
  // The new place is held under this attempt's own id: the old booking stays until the move is saved.
  await reserve(
    deps.calendar,
    resourcesOf(after),
    date,
    slotOf(after),
    deps.profile.workingHours.bufferMinutes,
  );
  const previous = {
    title: before.title,
    start: before.start,
    end: before.end,
    roomId: before.roomId,
    officialIds: before.officialIds,
  };
  try {
    await deps.meetings.save(after, before.version, [
      createEvent(
        MeetingRescheduledV1,
        { meeting: after, previous },
        { ...context, delegationId, aggregateId: meetingId, aggregateVersion: after.version },
      ),
    ]);
  } catch (error) {
    // Lost to another change of this meeting: drop only this attempt's holds; the winner's stand.
    await release(deps.calendar, resourcesOf(after), date, holdOf(after));
    throw error;
  }
  await confirm(deps.calendar, resourcesOf(after), date, holdOf(after));
  await release(deps.calendar, resourcesOf(before), localDateOf(before.start), holdOf(before));
  return after;
}

export async function cancelMeeting(
  delegationId: string,
  meetingId: string,
  context: Context & { expectedVersion?: number },
  deps: MeetingDeps,
): Promise<Meeting> {
  const before = await loadMeeting(delegationId, meetingId, context.expectedVersion, deps);
  const after: Meeting = {
    ...before,
    status: 'cancelled',
    version: before.version + 1,
    sequence: before.sequence + 1,
    updatedAt: context.now.toISOString(),
  };
  await deps.meetings.save(after, before.version, [
    createEvent(
      MeetingCancelledV1,
      { meeting: after },
      { ...context, delegationId, aggregateId: meetingId, aggregateVersion: after.version },
    ),
  ]);
  await release(deps.calendar, resourcesOf(before), localDateOf(before.start), holdOf(before));
  return after;
}

export async function approveMeetingSecrecy(
  delegationId: string,
  meetingId: string,
  reference: string,
  context: Context & { expectedVersion: number },
  deps: MeetingDeps,
): Promise<Meeting> {
  const before = await loadMeeting(delegationId, meetingId, context.expectedVersion, deps);
  if (!before.confidential)
    throw new UnprocessableError('Only a confidential meeting needs a secrecy approval.');
  const after: Meeting = {
    ...before,
    version: before.version + 1,
    updatedAt: context.now.toISOString(),
    secrecyApproval: { reference, approvedBy: context.actor, approvedAt: context.now.toISOString() },
  };
  await deps.meetings.save(after, before.version, [
    createEvent(
      MeetingSecrecyApprovedV1,
      { meeting: after },
      { ...context, delegationId, aggregateId: meetingId, aggregateVersion: after.version },
    ),
  ]);
  return after;
}

/**
 * Cancels every meeting of a cancelled or rejected visit, freeing their rooms and officials; each
 * cancellation publishes Meeting.Cancelled, so every invitee gets METHOD:CANCEL with the next
 * SEQUENCE. Safe to repeat: cancelled meetings are skipped, a meeting changed meanwhile is re-read.
 */
export async function cancelMeetingsOfClosedVisit(
  delegationId: string,
  context: Omit<Context, 'actor'>,
  deps: MeetingDeps,
): Promise<number> {
  const delegation = await deps.delegations.get(delegationId);
  // A visit that can no longer take place keeps none of its meetings.
  if (!delegation || !is(closedBeforeVisit, delegation.status)) return 0;
  const actor = systemActor('cancel-meetings-of-closed-visit');
  let cancelled = 0;
  for (const meeting of await deps.meetings.list(delegationId)) {
    for (let attempt = 1; meeting.status === 'scheduled'; attempt++) {
      try {
        await cancelMeeting(delegationId, meeting.id, { ...context, actor }, deps);
        cancelled++;
        break;
      } catch (error) {
        if (error instanceof IllegalTransitionError) break; // cancelled meanwhile
        if (!(error instanceof StaleVersionError) || attempt >= 5) throw error;
      }
    }
  }
  return cancelled;
}
