/**
 * The DynamoDB-backed stores a function reads (and the few it writes without events), built once
 * per cold start on the shared client. Functions that publish events get their stores from
 * writable-stores.ts, with the outbox.
 */
import { DynamoAttachmentRepository } from '../adapters/attachment-repository';
import { DynamoCalendar } from '../adapters/calendar-repository';
import { DynamoComplianceReportRepository } from '../adapters/compliance-report-repository';
import { DynamoDelegationRepository } from '../adapters/delegation-repository';
import { documentClient, tableName } from '../adapters/dynamo-client';
import { DynamoHistoryRepository } from '../adapters/history-repository';
import { DynamoIdempotencyStore } from '../adapters/idempotency-store';
import { DynamoMeetingRepository } from '../adapters/meeting-repository';
import { DynamoNotificationRepository } from '../adapters/notification-repository';
import type { TransactionalOutbox } from '../adapters/outbox';
import { DynamoPlanStore } from '../adapters/plan-repository';
import { DynamoReceiptCounter } from '../adapters/receipt-counter';
import { DynamoReportSource } from '../adapters/report-source';
import { DynamoTimelineRepository } from '../adapters/timeline-repository';

export const readDelegations = () => new DynamoDelegationRepository(documentClient, tableName());
export const receiptNumbers = () => new DynamoReceiptCounter(documentClient, tableName());
/** Meetings to read: without an outbox, so a reading function carries no EventBridge client. */
export const readMeetings = () => new DynamoMeetingRepository(documentClient, tableName());
export const complianceReports = () => new DynamoComplianceReportRepository(documentClient, tableName());
export const calendarStore = () => new DynamoCalendar(documentClient, tableName());
export const historyStore = () => new DynamoHistoryRepository(documentClient, tableName());
export const idempotencyStore = () => new DynamoIdempotencyStore(documentClient, tableName());
export const notificationStore = () => new DynamoNotificationRepository(documentClient, tableName());
export const externalPlans = () => new DynamoPlanStore(documentClient, tableName());
export const reportSource = () => new DynamoReportSource(documentClient, tableName());
export const timelineStore = () => new DynamoTimelineRepository(documentClient, tableName());
/** The dossier's records; without an outbox read-only (and the function carries no EventBridge client). */
export const attachmentRecords = (events?: TransactionalOutbox) =>
  new DynamoAttachmentRepository(documentClient, tableName(), events);
