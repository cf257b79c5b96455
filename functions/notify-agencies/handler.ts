import { notifyDeps } from '../../shared/adapters/notify-deps';
import { eventConsumer } from '../../shared/consumers/event-consumer';
import { notifyAgencies } from '../../shared/use-cases/notify-agencies';

const deps = notifyDeps();

export const handler = eventConsumer((event) => notifyAgencies(event, deps));
