import type { TimelineEntry } from '../../domain/timeline-entry';
import type { Page } from './page';

export interface Timeline {
  /** False when the entry was already there (a redelivered event). */
  append(entry: TimelineEntry): Promise<boolean>;
  list(delegationId: string, limit: number, cursor?: string): Promise<Page<TimelineEntry>>;
}
