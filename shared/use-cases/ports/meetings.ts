import type { Envelope } from '../../../events/envelope';
import type { Meeting } from '../../domain/meeting';

export interface Meetings {
  get(delegationId: string, meetingId: string): Promise<Meeting | undefined>;
  list(delegationId: string): Promise<Meeting[]>;
  /** Stores the meeting if it is still at `expectedVersion` (undefined: new), with its events. */
  save(meeting: Meeting, expectedVersion: number | undefined, events?: readonly Envelope[]): Promise<void>;
}
