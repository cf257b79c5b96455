/**
 * The steps of a visit's news item: the Office edits and submits, leadership approves or returns it
 * with what to change, and once approved the Information Centre publishes it and records where. Pure: each step
 * takes the visit and gives its next news item, or refuses with the reason a person can act on.
 */
import type { Actor } from '../domain/actor';
import type { Delegation } from '../domain/delegation';
import { ConflictError, ForbiddenError } from '../domain/errors';
import type { NewsContent, NewsItem, NewsPhoto, NewsStatus } from '../domain/news-item';
import { whyNoNews } from './draft-news';

export const newsCommands = ['edit', 'submit', 'approve', 'return', 'publish'] as const;
export type NewsCommand = (typeof newsCommands)[number];

/** Who may take each step, and from which state ("none": the draft was never saved). */
const steps: Record<NewsCommand, { role: string; from: readonly (NewsStatus | 'none')[]; to: NewsStatus }> = {
  edit: { role: 'office', from: ['none', 'draft', 'returned'], to: 'draft' },
  submit: { role: 'office', from: ['none', 'draft', 'returned'], to: 'submitted' },
  approve: { role: 'leadership', from: ['submitted'], to: 'approved' },
  return: { role: 'leadership', from: ['submitted'], to: 'returned' },
  // The Information Centre publishes on the portal and records where.
  publish: { role: 'information-centre', from: ['approved'], to: 'published' },
};

export type NewsInput =
  | { command: 'edit'; content: NewsContent; photos?: NewsPhoto[] }
  | { command: 'submit' }
  | { command: 'approve'; note?: string }
  | { command: 'return'; note: string }
  | { command: 'publish'; url: string };

/** Every visit the POST_VISIT_REPORT rule covers owes a report: the news waits for it. */
export const REPORT_OWED = true;

const statusOf = (delegation: Delegation): NewsStatus | 'none' => delegation.news?.status ?? 'none';

/** The steps a person may take on the visit's news now. */
export function newsCommandsFor(delegation: Delegation, roles: readonly string[]): NewsCommand[] {
  if (whyNoNews(delegation, REPORT_OWED)) return [];
  return newsCommands.filter(
    (command) => steps[command].from.includes(statusOf(delegation)) && roles.includes(steps[command].role),
  );
}

const stateNames: Record<NewsStatus | 'none', string> = {
  none: 'not saved yet',
  draft: 'a draft',
  submitted: 'waiting for leadership',
  approved: 'approved',
  returned: 'returned to the Office',
  published: 'published',
};

/** The visit's news after the step, or why the step is refused. */
export function applyNewsCommand(
  delegation: Delegation,
  input: NewsInput,
  draft: () => NewsContent,
  actor: Actor,
  now: Date,
): NewsItem {
  const step = steps[input.command];
  if (!actor.roles.includes(step.role))
    throw new ForbiddenError(`Only the ${step.role} role may ${input.command} a news item`);
  const why = whyNoNews(delegation, REPORT_OWED);
  if (why) throw new ConflictError(`This visit has no news item: ${why}`, { reason: why });
  const status = statusOf(delegation);
  if (!step.from.includes(status))
    throw new ConflictError(
      `The news item is ${stateNames[status]}: "${input.command}" is not a step it can take now.`,
      {
        status,
      },
    );
  const done = { by: actor, at: now.toISOString() };
  const current: NewsItem = delegation.news ?? {
    ...draft(),
    status: 'draft',
    version: 0,
    photos: [],
    edited: done,
  };
  const next = { ...current, status: step.to, version: current.version + 1 };
  switch (input.command) {
    case 'edit':
      // An edit without `photos` keeps those chosen before.
      return { ...next, ...input.content, photos: input.photos ?? current.photos, edited: done };
    case 'submit':
      return { ...next, submitted: done, decided: undefined };
    case 'approve':
      return { ...next, decided: { ...done, ...(input.note ? { note: input.note } : {}) } };
    case 'return':
      return { ...next, decided: { ...done, note: input.note } };
    case 'publish':
      return { ...next, published: { ...done, url: input.url } };
  }
}
