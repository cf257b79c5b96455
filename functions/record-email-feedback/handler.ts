import { agencyDirectory } from '../../shared/adapters/directories';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { DynamoNotificationRepository } from '../../shared/adapters/notification-repository';
import { DynamoTimelineRepository } from '../../shared/adapters/timeline-repository';
import { queueConsumer } from '../../shared/consumers/queue-consumer';
import { recordEmailFeedback } from '../../shared/use-cases/record-email-feedback';

const deps = {
  agencies: agencyDirectory(),
  notifications: new DynamoNotificationRepository(documentClient, tableName()),
  timeline: new DynamoTimelineRepository(documentClient, tableName()),
};

/** SES bounce and complaint notifications, delivered through SNS to this function's queue. */
export const handler = queueConsumer((body) => recordEmailFeedback(body, deps));
