import { queueConsumer } from '../../shared/consumers/queue-consumer';
import { recordEmailFeedback } from '../../shared/use-cases/record-email-feedback';
import { agencyDirectory } from '../../shared/wiring/directories';
import { parseSesFeedback } from '../../shared/wiring/mail';
import { notificationStore, timelineStore } from '../../shared/wiring/stores';

const deps = {
  agencies: agencyDirectory(),
  notifications: notificationStore(),
  timeline: timelineStore(),
};

/** SES bounce and complaint notifications, delivered through SNS to this function's queue. */
export const handler = queueConsumer((body) => recordEmailFeedback(parseSesFeedback(body), deps));
