import { logger } from '../observability/logger';
import { countMetric } from '../observability/metrics';

/**
 * A scheduled job's loop that never stops on one bad item: the item is logged with its id,
 * counted (metric ScheduledItemsSkipped) and skipped, and the job goes on with the rest.
 */
export async function eachItem<T extends { id: string }, R>(
  job: string,
  items: readonly T[],
  work: (item: T) => Promise<R> | R,
): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) {
    try {
      results.push(await work(item));
    } catch (error) {
      skipItem(job, item.id, error);
    }
  }
  return results;
}

export function skipItem(job: string, id: string, error: unknown): void {
  logger.error('Skipped an item the job could not handle; the rest go on', {
    job,
    id,
    error: error as Error,
  });
  countMetric('ScheduledItemsSkipped');
}
