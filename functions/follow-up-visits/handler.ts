import { hungYenProfile } from '../../shared/compliance/profile';
import { scheduledJobs } from '../../shared/consumers/scheduled-job';
import { countMetric } from '../../shared/observability/metrics';
import {
  advanceVisits,
  remindOverdueReports,
  remindPendingDecisions,
} from '../../shared/use-cases/visit-follow-up';
import { complianceReports, reportSource } from '../../shared/wiring/stores';
import { eventPublisher, outbox, writableDelegations } from '../../shared/wiring/writable-stores';

const publisher = eventPublisher();
const events = outbox(publisher);
const deps = {
  delegations: writableDelegations(events),
  events: publisher,
  source: reportSource(),
  reports: complianceReports(),
  profile: hungYenProfile,
};

export const handler = scheduledJobs({
  'visit-progress': (now) => advanceVisits(now, deps),
  'overdue-reports': (now) => remindOverdueReports(now, deps),
  'pending-decisions': (now) => remindPendingDecisions(now, deps),
  // Events whose publication failed wait in their items; this delivers them.
  outbox: async () => {
    const swept = await events.sweep();
    countMetric('OutboxBacklog', swept.waiting);
    return swept;
  },
});
