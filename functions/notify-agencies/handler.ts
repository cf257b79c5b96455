import { eventConsumer } from '../../shared/consumers/event-consumer';
import { functions } from '../../shared/manifest';
import { notifyAgencies } from '../../shared/use-cases/notify-agencies';
import { notifyDeps } from '../../shared/wiring/notify-deps';

const deps = notifyDeps();

export const handler = eventConsumer(functions.notifyAgencies, (event) => notifyAgencies(event, deps));
