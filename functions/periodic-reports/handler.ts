import { agencyDirectory, divisionDirectory } from '../../shared/adapters/directories';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { SesEmailSender } from '../../shared/adapters/email-sender';
import { DynamoNotificationRepository } from '../../shared/adapters/notification-repository';
import { DynamoReportSource } from '../../shared/adapters/report-source';
import { configurationSet, mailFrom, sesClient } from '../../shared/adapters/ses-client';
import { hungYenProfile } from '../../shared/compliance/profile';
import { scheduledJobs } from '../../shared/consumers/scheduled-job';
import { sendPeriodicReport } from '../../shared/use-cases/send-periodic-report';

const deps = {
  source: new DynamoReportSource(documentClient, tableName()),
  agencies: agencyDirectory(),
  notifications: new DynamoNotificationRepository(documentClient, tableName()),
  sender: new SesEmailSender(sesClient, configurationSet()),
  mailFrom: mailFrom(),
  profile: hungYenProfile,
  divisions: divisionDirectory(),
};

export const handler = scheduledJobs({
  'quarterly-report': (now) => sendPeriodicReport('quarterly-report', now, deps),
  'yearly-report': (now) => sendPeriodicReport('yearly-report', now, deps),
  'conference-report': (now) => sendPeriodicReport('conference-report', now, deps),
});
