import type { NotificationRecord } from '../../domain/notification-record';

export type NotificationKey = Pick<NotificationRecord, 'delegationId' | 'eventId' | 'recipient'>;

/**
 * One record per (event, recipient), written before sending and completed after, so a redelivered
 * event never sends the same email twice.
 */
export interface NotificationStore {
  /**
   * 'claimed' when this attempt may send; 'in_progress' while another attempt owns the send;
   * 'unconfirmed' when an earlier attempt stopped after the mail may have gone; otherwise the
   * status that stands in the way.
   */
  claim(
    record: NotificationRecord,
    now: Date,
  ): Promise<'claimed' | 'in_progress' | NotificationRecord['status']>;
  /** Records an outcome without sending (e.g. suppressed); an existing record is kept. */
  record(record: NotificationRecord): Promise<void>;
  /** Completes a claimed send. */
  update(
    key: NotificationKey,
    status: NotificationRecord['status'],
    now: Date,
    fields?: Partial<Pick<NotificationRecord, 'reason' | 'messageId'>>,
  ): Promise<void>;
  /** Marks a sent notification bounced; false when there is no such record. */
  markBounced(key: NotificationKey, reason: string, now: Date): Promise<boolean>;
  list(delegationId: string): Promise<NotificationRecord[]>;
}
