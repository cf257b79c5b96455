import { hungYenProfile } from '../../shared/compliance/profile';
import { eventConsumer } from '../../shared/consumers/event-consumer';
import { delegationSchema } from '../../shared/domain/delegation';
import { functions } from '../../shared/manifest';
import { logger } from '../../shared/observability/logger';
import { cloudWatchMetrics } from '../../shared/observability/metrics';
import { checkDelegationCompliance } from '../../shared/use-cases/check-delegation-compliance';
import { agencyDirectory, divisionDirectory, holidayCalendar } from '../../shared/wiring/directories';
import { complianceReports, readMeetings } from '../../shared/wiring/stores';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const deps = {
  delegations: writableDelegations(),
  reports: complianceReports(),
  profile: hungYenProfile,
  agencies: agencyDirectory(),
  divisions: divisionDirectory(),
  holidays: holidayCalendar(),
  meetings: readMeetings(),
  metrics: cloudWatchMetrics,
};

/** Consumes the events that carry a delegation snapshot to check (registered, updated, approval recorded, recheck). */
export const handler = eventConsumer(functions.checkCompliance, async (event) => {
  // The frozen v1 snapshot read into today's domain record (defaults for what v1 does not carry).
  const snapshot = delegationSchema.parse(event.data.delegation);
  const result = await checkDelegationCompliance(
    snapshot,
    { correlationId: event.correlationId, now: new Date() },
    deps,
  );
  logger.info('Compliance checked', { delegationId: snapshot.id, version: snapshot.version, result });
});
