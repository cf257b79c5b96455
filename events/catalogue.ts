import type * as z from 'zod';
import { AttachmentAddedV1, AttachmentDeletedV1 } from './attachment-events.v1';
import { DecisionPendingV1 } from './decision-pending.v1';
import { DelegationApprovalRecordedV1 } from './delegation-approval-recorded.v1';
import { DelegationComplianceCheckedV1 } from './delegation-compliance-checked.v1';
import { DelegationApprovedV1, DelegationCancelledV1, DelegationRejectedV1 } from './delegation-decided.v1';
import { DelegationRecheckRequestedV1 } from './delegation-recheck-requested.v1';
import { DelegationRegisteredV1 } from './delegation-registered.v1';
import {
  DelegationApprovalRecordedV2,
  DelegationRecheckRequestedV2,
  DelegationRegisteredV2,
  DelegationUpdatedV2,
} from './delegation-snapshot-events.v2';
import { DelegationUpdatedV1 } from './delegation-updated.v1';
import { type Envelope, type EventDefinition, envelopeSchema } from './envelope';
import { HolidayCalendarChangedV1 } from './holiday-calendar-changed.v1';
import {
  MeetingCancelledV1,
  MeetingRescheduledV1,
  MeetingScheduledV1,
  MeetingSecrecyApprovedV1,
} from './meeting-events.v1';
import { NewsApprovedV1, NewsPublishedV1, NewsReturnedV1, NewsSubmittedV1 } from './news-events.v1';
import { PersonalDataErasedV1 } from './personal-data-erased.v1';
import { TaskCompletedV1 } from './task-completed.v1';
import {
  VisitCompletedV1,
  VisitReportOverdueV1,
  VisitReportSubmittedV1,
  VisitStartedV1,
} from './visit-events.v1';

/** Every event type this backend publishes, each version listed separately so old samples keep parsing. */
export const eventCatalogue = [
  DelegationRegisteredV1,
  DelegationUpdatedV1,
  DelegationComplianceCheckedV1,
  DelegationApprovedV1,
  DelegationRejectedV1,
  DelegationCancelledV1,
  DelegationApprovalRecordedV1,
  DelegationRecheckRequestedV1,
  DelegationRegisteredV2,
  DelegationUpdatedV2,
  DelegationApprovalRecordedV2,
  DelegationRecheckRequestedV2,
  HolidayCalendarChangedV1,
  MeetingScheduledV1,
  MeetingRescheduledV1,
  MeetingCancelledV1,
  MeetingSecrecyApprovedV1,
  VisitStartedV1,
  VisitCompletedV1,
  VisitReportSubmittedV1,
  VisitReportOverdueV1,
  DecisionPendingV1,
  PersonalDataErasedV1,
  AttachmentAddedV1,
  AttachmentDeletedV1,
  TaskCompletedV1,
  NewsSubmittedV1,
  NewsApprovedV1,
  NewsReturnedV1,
  NewsPublishedV1,
] as const satisfies readonly EventDefinition[];

/** The name of an event this backend publishes (EventBridge's detail-type). */
export type EventName = (typeof eventCatalogue)[number]['name'];

type Definition = (typeof eventCatalogue)[number];
/** Every event this backend publishes, as a consumer receives it: the envelope typed by its name. */
export type DomainEvent = Definition extends infer D
  ? D extends { name: infer N; dataSchema: infer S extends z.ZodType }
    ? Envelope<z.output<S>> & { name: N }
    : never
  : never;
/** The events of these names, with their data's types. */
export type EventOf<N extends EventName> = Extract<DomainEvent, { name: N }>;

export class UnknownEventError extends Error {}

/**
 * Parses an envelope against the schema of its own name and version: what it returns is the
 * catalogue's event of that name, which is the one place its type is asserted.
 */
export function parseEnvelope(detail: unknown): DomainEvent {
  const header = envelopeSchema.parse(detail);
  const definition = eventCatalogue.find(
    (event) => event.name === header.name && event.version === header.version,
  );
  if (!definition) throw new UnknownEventError(`No schema for ${header.name} v${header.version}`);
  return definition.schema.parse(detail) as DomainEvent;
}

/** Whether the event is one of these names (and so has their data). */
export const isEventOf = <N extends EventName>(
  event: DomainEvent,
  names: readonly N[] | 'all',
): event is EventOf<N> => names === 'all' || (names as readonly string[]).includes(event.name);
