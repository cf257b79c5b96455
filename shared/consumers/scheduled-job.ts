import middy from '@middy/core';
import type { Context } from 'aws-lambda';
import { observability } from '../observability/lambda-middlewares';
import { logger } from '../observability/logger';

/** What EventBridge Scheduler passes (the manifest's input template): the job and its scheduled time. */
export interface ScheduledEvent {
  job: string;
  scheduledTime?: string;
}

/** A scheduled job: runs the named job at the scheduled time (a fake clock locally), unknown jobs fail loudly. */
export function scheduledJobs(jobs: Record<string, (now: Date) => Promise<unknown>>) {
  return middy<ScheduledEvent, unknown, Error, Context>()
    .use(observability())
    .handler(async (event) => {
      const run = jobs[event.job];
      if (!run) throw new Error(`Unknown scheduled job ${event.job}`);
      const now = event.scheduledTime ? new Date(event.scheduledTime) : new Date();
      const result = await run(now);
      logger.info('Scheduled job finished', {
        job: event.job,
        scheduledTime: now.toISOString(),
        result: result as never,
      });
      return result;
    });
}
