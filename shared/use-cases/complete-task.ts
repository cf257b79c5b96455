/**
 * The Office marks a task of the visit's latest compliance report done: who, when, a note, and the
 * dossier file or the recorded permit that shows it. The task leaves the worklist, the report shows
 * it done, and Delegation.TaskCompleted puts it on the timeline. Marking a task already done again
 * changes nothing.
 */
import { createEvent } from '../../events/envelope';
import { TaskCompletedV1 } from '../../events/task-completed.v1';
import type { Actor } from '../domain/actor';
import { type Delegation, MAX_TASKS_DONE, type TaskDoneInput } from '../domain/delegation';
import { ConflictError, IllegalTransitionError, UnprocessableError } from '../domain/errors';
import { is, open } from '../domain/lifecycle';
import { commandOnDelegation } from './delegation-command';
import type { Attachments } from './ports/attachments';
import type { ComplianceReports } from './ports/compliance-reports';
import type { DelegationStore } from './ports/delegation-store';
import { requireDelegation } from './require-delegation';

interface Deps {
  delegations: DelegationStore;
  reports: Pick<ComplianceReports, 'latest'>;
  attachments: Pick<Attachments, 'get'>;
}

interface Context {
  actor: Actor;
  correlationId: string;
  now: Date;
  expectedVersion: number;
}

/** The Office's tasks: what it must do itself, not a decision of leadership's or a note. */
const isOfficeTask = (severity: string) => severity === 'action_required' || severity === 'blocking';

export async function completeTask(
  id: string,
  key: string,
  input: TaskDoneInput,
  context: Context,
  deps: Deps,
): Promise<Delegation> {
  const stored = await requireDelegation(deps.delegations, id, context.expectedVersion);
  if (stored.tasksDone?.some((task) => task.key === key)) return stored;
  const task = (await deps.reports.latest(id))?.report.findings.find(
    (finding) => finding.key === key && isOfficeTask(finding.severity),
  );
  if (!task)
    throw new ConflictError(`The visit's latest compliance report has no open task "${key}".`, { key });
  if (input.attachmentId) {
    const attachment = await deps.attachments.get(id, input.attachmentId);
    if (attachment?.status !== 'available')
      throw new UnprocessableError('The file named is not in the visit’s dossier.', {
        reasonsVi: ['Tệp được chọn không có trong hồ sơ đoàn.'],
      });
  }
  if (input.approvalId && !stored.approvals.some((approval) => approval.id === input.approvalId))
    throw new UnprocessableError('The permit named is not recorded on this visit.', {
      reasonsVi: ['Văn bản cho phép được chọn chưa được ghi nhận cho đoàn này.'],
    });
  const title = task.summary ?? task.title.vi;
  return commandOnDelegation(id, context.expectedVersion, deps.delegations, (current) => {
    if (!is(open, current.status))
      throw new IllegalTransitionError('A closed visit has no task left to do.', { status: current.status });
    const done = current.tasksDone ?? [];
    if (done.some((entry) => entry.key === key)) return { next: current };
    if (done.length >= MAX_TASKS_DONE) throw new ConflictError('This visit has too many tasks marked done.');
    const next: Delegation = {
      ...current,
      tasksDone: [
        ...done,
        { key, title, ...input, doneBy: context.actor, doneAt: context.now.toISOString() },
      ],
      version: current.version + 1,
      updatedAt: context.now.toISOString(),
    };
    const event = createEvent(
      TaskCompletedV1,
      { delegationId: id, version: next.version, task: { key, title }, ...input, doneBy: context.actor },
      { ...context, delegationId: id, aggregateVersion: next.version },
    );
    return { next, options: { previous: current, events: [event] } };
  });
}
