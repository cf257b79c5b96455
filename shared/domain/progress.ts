/**
 * Where a visit stands on its way, as the steps public-service systems show: received → checked →
 * waiting for a permit or leadership → approved → under way → reported, each with its date. Read
 * from the stored record only (the decision, the check, the report), so every screen shows the same.
 */
import type { Delegation } from './delegation';
import { awaitingCheck, awaitingReport, is, startable, underWay, waitingForLeadership } from './lifecycle';
import { awaitsPermits } from './status-names';

export const progressSteps = ['received', 'checked', 'waiting', 'approved', 'under_way', 'reported'] as const;
export type ProgressStepKey = (typeof progressSteps)[number];

/** done, being worked on, not reached, ended the visit (refused, cancelled), or not needed. */
export const progressStates = ['done', 'current', 'pending', 'failed', 'skipped'] as const;
export type ProgressState = (typeof progressStates)[number];

export interface ProgressStep {
  key: ProgressStepKey;
  titleVi: string;
  state: ProgressState;
  /** When the step was reached (an ISO date-time), where it has a date. */
  at?: string;
  noteVi?: string;
}

type Visit = Pick<
  Delegation,
  'status' | 'createdAt' | 'compliance' | 'decision' | 'cancellation' | 'visitReport' | 'visit'
>;

const step = (key: ProgressStepKey, titleVi: string, state: ProgressState, at?: string, noteVi?: string) =>
  ({ key, titleVi, state, ...(at ? { at } : {}), ...(noteVi ? { noteVi } : {}) }) as ProgressStep;

/** A permission from an outside authority is still missing, whatever was booked meanwhile, until the visit starts. */
const permitsOpen = (visit: Visit) =>
  awaitsPermits(visit) || (visit.compliance?.outcome === 'awaiting_permits' && is(startable, visit.status));

function waitingStep(visit: Visit, checked: boolean): ProgressStep {
  if (is(waitingForLeadership, visit.status))
    return step('waiting', 'Chờ ý kiến lãnh đạo', 'current', visit.compliance?.checkedAt);
  if (permitsOpen(visit))
    return step('waiting', 'Chờ văn bản cho phép', 'current', visit.compliance?.checkedAt);
  if (visit.decision) return step('waiting', 'Ý kiến lãnh đạo', 'done', visit.decision.decidedAt);
  if (!checked) return step('waiting', 'Chờ văn bản, ý kiến', 'pending');
  return step('waiting', 'Chờ văn bản, ý kiến', 'skipped', undefined, 'Không phải chờ');
}

function approvedStep(visit: Visit, passed: boolean): ProgressStep {
  if (visit.decision?.decision === 'reject')
    return step('approved', 'Không đồng ý tiếp đoàn', 'failed', visit.decision.decidedAt);
  if (visit.decision?.decision === 'approve')
    return step('approved', 'Đã duyệt', 'done', visit.decision.decidedAt, 'Lãnh đạo Sở đồng ý');
  if (passed)
    return step('approved', 'Đã duyệt', 'done', visit.compliance?.checkedAt, 'Đủ điều kiện theo quy định');
  return step('approved', 'Đã duyệt', 'pending');
}

export function progressOf(visit: Visit): ProgressStep[] {
  const checking = is(awaitingCheck, visit.status);
  const checked = visit.compliance !== undefined && !checking;
  const reported = visit.visitReport !== undefined;
  const tookPlace = reported || is(awaitingReport, visit.status);
  const on = is(underWay, visit.status);
  const waiting = waitingStep(visit, checked);
  const passed =
    checked &&
    waiting.state !== 'current' &&
    (visit.decision === undefined || visit.decision.decision === 'approve');
  const steps = [
    step('received', 'Tiếp nhận', 'done', visit.createdAt),
    checked
      ? step('checked', 'Kiểm tra theo quy định', 'done', visit.compliance?.checkedAt)
      : step('checked', 'Kiểm tra theo quy định', visit.cancellation ? 'pending' : 'current'),
    waiting,
    approvedStep(visit, passed || on || tookPlace),
    on || tookPlace
      ? step(
          'under_way',
          tookPlace ? 'Đã diễn ra' : 'Đang diễn ra',
          tookPlace ? 'done' : 'current',
          visit.visit.arrival,
        )
      : step('under_way', 'Đang diễn ra', 'pending', undefined),
    reported
      ? step('reported', 'Đã báo cáo', 'done', visit.visitReport?.submittedAt)
      : step('reported', 'Đã báo cáo', tookPlace ? 'current' : 'pending'),
  ];
  if (!visit.cancellation) return steps;
  // A cancelled visit ends where it stood: the first step not done says so, with the date.
  const at = steps.findIndex((s) => s.state !== 'done' && s.state !== 'skipped');
  return steps.map((s, index) =>
    index === at
      ? step(s.key, 'Đã hủy', 'failed', visit.cancellation?.cancelledAt, visit.cancellation?.reason)
      : index > at
        ? { ...s, state: 'pending' as const }
        : s,
  );
}
