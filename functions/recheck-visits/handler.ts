import { eventConsumer } from '../../shared/consumers/event-consumer';
import { functions } from '../../shared/manifest';
import { logger } from '../../shared/observability/logger';
import { recheckVisitsForCalendar } from '../../shared/use-cases/recheck-visits';
import { reportSource } from '../../shared/wiring/stores';
import { writableDelegations } from '../../shared/wiring/writable-stores';

const source = reportSource();
const deps = {
  delegations: writableDelegations(),
  arriving: (from: string, to: string) => source.arriving(from, to),
};

/** Consumes HolidayCalendar.Changed: the visits not yet started are checked against the corrected year. */
export const handler = eventConsumer(functions.recheckVisits, async (event) => {
  const change = event.data;
  const requested = await recheckVisitsForCalendar(
    change,
    { correlationId: event.correlationId, now: new Date() },
    deps,
  );
  logger.info('Visits re-checked for a corrected holiday year', { ...change, requested });
});
