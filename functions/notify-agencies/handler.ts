import { eventConsumer } from '../../shared/consumers/event-consumer';
import { notifyAgencies } from '../../shared/use-cases/notify-agencies';
import { notifyDeps } from '../../shared/wiring/notify-deps';

const deps = notifyDeps();

export const handler = eventConsumer((event) => notifyAgencies(event, deps));
