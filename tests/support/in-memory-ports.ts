/**
 * Small in-memory implementations of the use cases' ports, for the fast use-case tests: the
 * branches that are hard to reach through HTTP (a refusal, a retry, a race) without any server.
 * The integration tests run the same use cases on the real adapters and local servers.
 */
import type { Envelope } from '../../events/envelope';
import type { ComplianceReport } from '../../shared/compliance/engine';
import type { Actor } from '../../shared/domain/actor';
import { type Delegation, registrationSchema } from '../../shared/domain/delegation';
import { type Division, defaultDivisions } from '../../shared/domain/divisions';
import { StaleVersionError } from '../../shared/domain/errors';
import type { Meeting } from '../../shared/domain/meeting';
import type { NotificationRecord } from '../../shared/domain/notification-record';
import type { TimelineEntry } from '../../shared/domain/timeline-entry';
import type { BusinessMetric } from '../../shared/observability/names';
import type { Booking, Calendar, CalendarDay } from '../../shared/use-cases/ports/calendar';
import type { ComplianceReports, StoredReport } from '../../shared/use-cases/ports/compliance-reports';
import type { DelegationStore, SaveOptions } from '../../shared/use-cases/ports/delegation-store';
import type { Directory, DirectoryStore } from '../../shared/use-cases/ports/directory';
import { type EmailSender, PermanentEmailError } from '../../shared/use-cases/ports/email-sender';
import type { Meetings } from '../../shared/use-cases/ports/meetings';
import type { Metrics } from '../../shared/use-cases/ports/metrics';
import type { NotificationKey, NotificationStore } from '../../shared/use-cases/ports/notifications';
import type { Page } from '../../shared/use-cases/ports/page';
import type { ReceiptNumbers } from '../../shared/use-cases/ports/receipt-numbers';
import type { Timeline } from '../../shared/use-cases/ports/timeline';
import { registerDelegation } from '../../shared/use-cases/register-delegation';
import { jicaVisit } from '../fixtures/registration';

export class InMemoryDelegations implements DelegationStore {
  readonly items = new Map<string, Delegation>();
  /** Every event written with a change, in order (what the outbox would publish). */
  readonly events: Envelope[] = [];

  async createIfAbsent(delegation: Delegation, events: readonly Envelope[] = []): Promise<Delegation> {
    const existing = this.items.get(delegation.id);
    if (existing) return existing;
    this.items.set(delegation.id, delegation);
    this.events.push(...events);
    return delegation;
  }

  async get(id: string): Promise<Delegation | undefined> {
    return this.items.get(id);
  }

  async save(delegation: Delegation, expectedVersion: number, options: SaveOptions = {}): Promise<void> {
    if (this.items.get(delegation.id)?.version !== expectedVersion)
      throw new StaleVersionError(`${delegation.id} is no longer at version ${expectedVersion}`);
    this.items.set(delegation.id, delegation);
    this.events.push(...(options.events ?? []));
  }
}

export class InMemoryDirectory<T> implements DirectoryStore<T> {
  constructor(private current: Directory<T>) {}

  async get(): Promise<Directory<T>> {
    return { items: [...this.current.items], version: this.current.version };
  }

  async replace(items: T[], version: number): Promise<Directory<T>> {
    if (version !== this.current.version) throw new StaleVersionError('changed');
    this.current = { items, version: version + 1 };
    return this.get();
  }
}

const keyOf = (key: NotificationKey) => `${key.delegationId}|${key.eventId}|${key.recipient}`;

/** Claim semantics as the DynamoDB adapter's, without its lock expiry (no clock games here). */
export class InMemoryNotifications implements NotificationStore {
  readonly records = new Map<string, NotificationRecord>();

  async claim(record: NotificationRecord, _now: Date) {
    const existing = this.records.get(keyOf(record));
    if (!existing || existing.status === 'retry') {
      this.records.set(keyOf(record), { ...record, status: 'sending', attempts: existing?.attempts ?? 0 });
      return 'claimed' as const;
    }
    return existing.status === 'sending' ? ('in_progress' as const) : existing.status;
  }

  async record(record: NotificationRecord): Promise<void> {
    if (!this.records.has(keyOf(record))) this.records.set(keyOf(record), record);
  }

  async update(
    key: NotificationKey,
    status: NotificationRecord['status'],
    now: Date,
    fields: Partial<Pick<NotificationRecord, 'reason' | 'messageId'>> = {},
  ): Promise<void> {
    const existing = this.records.get(keyOf(key));
    if (!existing) throw new Error(`No notification ${keyOf(key)}`);
    const attempted = status === 'sent' || status === 'failed' || status === 'retry';
    this.records.set(keyOf(key), {
      ...existing,
      ...fields,
      status,
      updatedAt: now.toISOString(),
      attempts: existing.attempts + (attempted ? 1 : 0),
    });
  }

  async markBounced(key: NotificationKey, reason: string, now: Date): Promise<boolean> {
    if (!this.records.has(keyOf(key))) return false;
    await this.update(key, 'bounced', now, { reason });
    return true;
  }

  async list(delegationId: string): Promise<NotificationRecord[]> {
    return [...this.records.values()].filter((record) => record.delegationId === delegationId);
  }
}

export class InMemoryTimeline implements Timeline {
  readonly entries: TimelineEntry[] = [];

  async append(entry: TimelineEntry): Promise<boolean> {
    if (this.entries.some((existing) => existing.eventId === entry.eventId)) return false;
    this.entries.push(entry);
    return true;
  }

  async list(delegationId: string, limit: number): Promise<Page<TimelineEntry>> {
    return { items: this.entries.filter((entry) => entry.delegationId === delegationId).slice(0, limit) };
  }
}

/** Sends into a list; `failNext` makes the next sends fail as SES would. */
export class RecordingSender implements EmailSender {
  readonly sent: { raw: string; tags: Record<string, string> }[] = [];
  private failures: ('permanent' | 'transient')[] = [];

  failNext(...kinds: ('permanent' | 'transient')[]): void {
    this.failures.push(...kinds);
  }

  async send(raw: Buffer, tags: Record<string, string>): Promise<string> {
    const failure = this.failures.shift();
    if (failure === 'permanent')
      throw new PermanentEmailError('MessageRejected: Email address is not verified.');
    if (failure === 'transient') throw new Error('Throttling: Maximum sending rate exceeded.');
    this.sent.push({ raw: raw.toString('utf8'), tags });
    return `message-${this.sent.length}`;
  }
}

export class InMemoryComplianceReports implements ComplianceReports {
  readonly stored = new Map<string, StoredReport>();

  async putIfAbsent(report: ComplianceReport): Promise<StoredReport> {
    const key = `${report.delegationId}|${report.delegationVersion}`;
    const existing = this.stored.get(key);
    if (existing) return existing;
    this.stored.set(key, { report });
    return { report };
  }

  async latest(delegationId: string): Promise<StoredReport | undefined> {
    return [...this.stored.values()]
      .filter((stored) => stored.report.delegationId === delegationId)
      .sort((a, b) => b.report.delegationVersion - a.report.delegationVersion)[0];
  }

  async mark(delegationId: string, version: number, mark: { publishedAt: string } | { superseded: true }) {
    const key = `${delegationId}|${version}`;
    const existing = this.stored.get(key);
    if (existing) this.stored.set(key, { ...existing, ...mark });
  }
}

export const officeActor = { sub: 'office-1', name: 'Trần Văn Minh', roles: ['office'] } as unknown as Actor;
export const divisionsDirectory = () =>
  new InMemoryDirectory<Division>({ items: defaultDivisions, version: 0 });

/** The JICA visit registered as `d-1` by the Office at `now`, through the real use case. */
export function registeredVisit(
  delegations: InMemoryDelegations,
  now: Date,
  overrides: Parameters<typeof jicaVisit>[0] = {},
): Promise<Delegation> {
  return registerDelegation(
    registrationSchema.parse(jicaVisit(overrides)),
    { actor: officeActor, correlationId: 'c-1', now, delegationId: 'd-1' },
    {
      delegations,
      divisions: divisionsDirectory(),
      receipts: new InMemoryReceiptNumbers(),
      metrics: new CountingMetrics(),
    },
  );
}

/** The business counts a use case reported, by name. */
export class CountingMetrics implements Metrics {
  readonly counts: Partial<Record<BusinessMetric, number>> = {};
  count(name: BusinessMetric, value = 1): void {
    this.counts[name] = (this.counts[name] ?? 0) + value;
  }
}

/** Each year's numbers from 1, as the counter item gives them. */
export class InMemoryReceiptNumbers implements ReceiptNumbers {
  readonly last = new Map<string, number>();

  async next(year: string): Promise<number> {
    const next = (this.last.get(year) ?? 0) + 1;
    this.last.set(year, next);
    return next;
  }
}

export class InMemoryCalendar implements Calendar {
  readonly days = new Map<string, CalendarDay>();

  async day(resource: string, date: string): Promise<CalendarDay> {
    const day = this.days.get(`${resource}|${date}`);
    return day ? { bookings: [...day.bookings], version: day.version } : { bookings: [], version: 0 };
  }

  async write(
    resource: string,
    date: string,
    bookings: Booking[],
    expectedVersion: number,
  ): Promise<boolean> {
    if ((this.days.get(`${resource}|${date}`)?.version ?? 0) !== expectedVersion) return false;
    this.days.set(`${resource}|${date}`, { bookings: [...bookings], version: expectedVersion + 1 });
    return true;
  }
}

export class InMemoryMeetings implements Meetings {
  readonly items = new Map<string, Meeting>();
  readonly events: Envelope[] = [];
  /** Set to make the next save lose to a concurrent change of the same meeting. */
  loseNextSave = false;

  async get(delegationId: string, meetingId: string): Promise<Meeting | undefined> {
    return this.items.get(`${delegationId}|${meetingId}`);
  }

  async list(delegationId: string): Promise<Meeting[]> {
    return [...this.items.values()].filter((meeting) => meeting.delegationId === delegationId);
  }

  async save(
    meeting: Meeting,
    expectedVersion: number | undefined,
    events: readonly Envelope[] = [],
  ): Promise<void> {
    const key = `${meeting.delegationId}|${meeting.id}`;
    if (this.loseNextSave || this.items.get(key)?.version !== expectedVersion) {
      this.loseNextSave = false;
      throw new StaleVersionError(`Meeting ${meeting.id} changed since version ${expectedVersion}`);
    }
    this.items.set(key, meeting);
    this.events.push(...events);
  }
}
