import { type CfnElement, Duration, Stack, TimeZone } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import {
  ContextAttribute,
  Schedule,
  ScheduleExpression,
  type ScheduleGroup,
  ScheduleTargetInput,
} from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { SCHEDULE_TIME_ZONE, type ScheduleTrigger } from '../../shared/manifest';
import { acknowledgeSchedulerFindings } from '../nag-acknowledgements';
import { pascal } from './construct-ids';
import { deadLetterQueue } from './dead-letter-queue';

export interface ScheduledFunctionProps {
  fn: LambdaFunction;
  schedules: ScheduleTrigger['schedules'];
  group: ScheduleGroup;
}

/**
 * EventBridge Scheduler schedules in Asia/Ho_Chi_Minh, each passing `{ job, scheduledTime }`. A
 * failed delivery, and (Scheduler invokes asynchronously) a failure inside the function after two
 * retries within six hours, land in the dead-letter queue.
 */
export class ScheduledFunction extends Construct {
  readonly deadLetters: Queue;

  constructor(scope: Construct, id: string, { fn, schedules, group }: ScheduledFunctionProps) {
    super(scope, id);
    this.deadLetters = deadLetterQueue(this, 'DeadLetters');
    const role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
    });
    acknowledgeSchedulerFindings(
      this.deadLetters,
      role,
      Stack.of(this).getLogicalId(fn.node.defaultChild as CfnElement),
    );
    fn.configureAsyncInvoke({
      onFailure: new SqsDestination(this.deadLetters),
      retryAttempts: 2,
      maxEventAge: Duration.hours(6),
    });
    for (const entry of schedules) {
      new Schedule(this, pascal(entry.job), {
        description: entry.description,
        schedule: ScheduleExpression.expression(entry.expression, TimeZone.of(SCHEDULE_TIME_ZONE)),
        scheduleGroup: group,
        target: new LambdaInvoke(fn, {
          input: ScheduleTargetInput.fromObject({
            job: entry.job,
            scheduledTime: ContextAttribute.scheduledTime,
          }),
          deadLetterQueue: this.deadLetters,
          retryAttempts: 3,
          role,
        }),
      });
    }
  }
}
