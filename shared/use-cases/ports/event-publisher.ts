import type { Envelope } from '../../../events/envelope';

/** Puts domain events on the bus; throws when they could not all be published. */
export interface EventPublisher {
  publish(events: readonly Envelope[]): Promise<void>;
}
