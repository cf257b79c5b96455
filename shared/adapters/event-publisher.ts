import {
  type EventBridgeClient,
  PutEventsCommand,
  type PutEventsRequestEntry,
} from '@aws-sdk/client-eventbridge';
import { type Envelope, EVENT_SOURCE } from '../../events/envelope';
import { DependencyError } from '../use-cases/ports/dependency-error';
import type { EventPublisher } from '../use-cases/ports/event-publisher';

/** PutEvents takes at most 10 entries per call. */
const BATCH = 10;

export class EventBridgePublisher implements EventPublisher {
  constructor(
    private readonly client: EventBridgeClient,
    private readonly busName: string,
  ) {}

  async publish(events: readonly Envelope[]): Promise<void> {
    for (let start = 0; start < events.length; start += BATCH) {
      const entries: PutEventsRequestEntry[] = events.slice(start, start + BATCH).map((event) => ({
        EventBusName: this.busName,
        Source: EVENT_SOURCE,
        DetailType: event.name,
        Detail: JSON.stringify(event),
        Time: new Date(event.occurredAt),
      }));
      const result = await this.client.send(new PutEventsCommand({ Entries: entries }));
      // PutEvents answers 200 even when entries were rejected: the count is the only signal.
      if (result.FailedEntryCount) {
        const failures = (result.Entries ?? [])
          .map((entry, index) => ({
            event: entries[index]?.DetailType,
            code: entry.ErrorCode,
            message: entry.ErrorMessage,
          }))
          .filter((failure) => failure.code);
        throw new DependencyError(
          `${result.FailedEntryCount} event(s) could not be published; retry the request.`,
          {
            failures,
          },
        );
      }
    }
  }
}
