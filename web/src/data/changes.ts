/**
 * What each change to the record makes stale, written once: a dossier change refreshes the visit, a
 * decision the inbox and the worklist, a meeting the free times and the calendar. Pure, so a test
 * reads the whole table.
 */
import { type DirectoryName, keys, type QueryKey } from './keys';

export type Change =
  /** A new visit: the lists that may now hold it. */
  | { kind: 'registered' }
  /** The registration edited, a permit recorded, a task finished, a report filed, a visit cancelled. */
  | { kind: 'visit'; id: string }
  /** Leadership approved or refused. */
  | { kind: 'decision'; id: string }
  /** A meeting booked, moved or cancelled, or its secrecy approved. */
  | { kind: 'meeting'; id: string }
  /** A file added to or removed from a visit's dossier. */
  | { kind: 'attachment'; id: string }
  | { kind: 'directory'; name: DirectoryName }
  /** A year's holidays corrected: every date the Office counts may move. */
  | { kind: 'holidays' }
  /** The external-information plan of a year saved: its yearly report reads it. */
  | { kind: 'plan' };

/** The lists every change to a visit may move it in or out of. */
const visitLists = [keys.history, keys.worklist, keys.pending, keys.schedule, keys.reports, keys.news];

export function staleAfter(change: Change): QueryKey[] {
  switch (change.kind) {
    case 'registered':
      return visitLists;
    case 'visit':
    case 'decision':
      return [keys.visit(change.id), ...visitLists];
    case 'meeting':
      return [keys.visit(change.id), keys.availability, keys.schedule, keys.worklist];
    case 'attachment':
      return [keys.attachments(change.id), keys.visit(change.id)];
    case 'directory':
      // Rooms and officials name what the calendar and the free times show.
      return change.name === 'rooms' || change.name === 'officials'
        ? [keys.directory(change.name), keys.availability, keys.schedule]
        : [keys.directory(change.name)];
    case 'holidays':
      return [keys.holidays, keys.availability, keys.schedule, keys.worklist, keys.pending, ['visit']];
    case 'plan':
      return [keys.plans, keys.reports];
  }
}
