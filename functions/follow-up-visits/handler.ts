import { DynamoDelegationRepository } from '../../shared/adapters/delegation-repository';
import { documentClient, tableName } from '../../shared/adapters/dynamo-client';
import { eventBridgeClient, eventBusName } from '../../shared/adapters/event-bridge-client';
import { EventBridgePublisher } from '../../shared/adapters/event-publisher';
import { DynamoReportSource } from '../../shared/adapters/report-source';
import { hungYenProfile } from '../../shared/compliance/profile';
import { scheduledJobs } from '../../shared/consumers/scheduled-job';
import { advanceVisits, remindOverdueReports } from '../../shared/use-cases/visit-follow-up';

const deps = {
  delegations: new DynamoDelegationRepository(documentClient, tableName()),
  source: new DynamoReportSource(documentClient, tableName()),
  events: new EventBridgePublisher(eventBridgeClient, eventBusName()),
  profile: hungYenProfile,
};

export const handler = scheduledJobs({
  'visit-progress': (now) => advanceVisits(now, deps),
  'overdue-reports': (now) => remindOverdueReports(now, deps),
});
