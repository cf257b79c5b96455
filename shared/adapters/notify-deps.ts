import { hungYenProfile } from '../compliance/profile';
import type { NotifyDeps } from '../use-cases/notify-agencies';
import { DynamoDelegationRepository } from './delegation-repository';
import { agencyDirectory, divisionDirectory, officialDirectory, roomDirectory } from './directories';
import { documentClient, tableName } from './dynamo-client';
import { SesEmailSender } from './email-sender';
import { DynamoNotificationRepository } from './notification-repository';
import { configurationSet, mailFrom, sesClient } from './ses-client';
import { DynamoTimelineRepository } from './timeline-repository';

export function notifyDeps(): NotifyDeps {
  return {
    delegations: new DynamoDelegationRepository(documentClient, tableName()),
    agencies: agencyDirectory(),
    officials: officialDirectory(),
    rooms: roomDirectory(),
    divisions: divisionDirectory(),
    notifications: new DynamoNotificationRepository(documentClient, tableName()),
    timeline: new DynamoTimelineRepository(documentClient, tableName()),
    sender: new SesEmailSender(sesClient, configurationSet()),
    mailFrom: mailFrom(),
    profile: hungYenProfile,
  };
}
