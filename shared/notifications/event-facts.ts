/**
 * What each event the notifier hears tells its recipients, read from the event's typed data: the
 * one place an event's fields are interpreted for email. Routing, the recipients' messages and the
 * delivery loop see only these facts.
 */
import type { DomainEvent, EventName } from '../../events/catalogue';
import type { Severity } from '../compliance/finding';
import { type PendingReason, reasonsOf } from '../compliance/pending-reasons';
import type { AgencyKey } from '../domain/agencies';
import type { Delegation } from '../domain/delegation';
import { foreignersOf } from '../domain/foreigners';
import { closed, is } from '../domain/lifecycle';
import type { Meeting } from '../domain/meeting';
import type { NewsContent } from '../domain/news-item';
import type { EventFacts } from './routing';

export interface FindingFact {
  ruleId: string;
  severity: Severity;
  /** The Office's task. */
  message: string;
  dueDate?: string;
  overdue?: boolean;
  /** What each agency is told. */
  notices: { agency: AgencyKey; message: string }[];
}

export interface NotificationFacts extends EventFacts {
  name: EventName;
  findings: FindingFact[];
  decision?: { decision: 'approve' | 'reject'; note?: string };
  cancellationReason?: string;
  /** The news item leadership approved, as the Information Centre publishes it. */
  news?: NewsContent;
  overdue?: { dueOn: string; daysOverdue: number };
  pending?: { outcome: 'approval_required' | 'blocked'; reasons: PendingReason[] };
  meeting?: {
    meeting: Meeting;
    change: 'scheduled' | 'rescheduled' | 'cancelled';
    previous?: { start: string; end: string };
  };
}

/**
 * The facts of an event the stored delegation confirms, or undefined: a decision or check
 * announces what the stored record must show, so the guest list goes to the police only for a
 * visit that really was approved or cleared, whoever put the event on the bus.
 */
export function notificationFacts(event: DomainEvent, delegation: Delegation): NotificationFacts | undefined {
  const base = {
    name: event.name,
    status: delegation.status,
    openPermissions: delegation.compliance?.openPermissions ?? 0,
    findings: [],
    // Nothing is published about a visit on a sensitive topic; a visit checked before the check
    // said so is treated as one, since a missed news item costs less than a published one.
    sensitive: delegation.compliance?.sensitive !== false,
    foreigners: foreignersOf(delegation.members).length,
  };
  switch (event.name) {
    case 'Delegation.ComplianceChecked': {
      const data = event.data;
      const { compliance } = delegation;
      if (compliance?.reportVersion !== data.checkedVersion || compliance.outcome !== data.outcome) return;
      const findings = data.findings.map((finding) => ({
        ...finding,
        // Events from before notices existed told the named agencies the task.
        notices: finding.notices ?? finding.agencies.map((agency) => ({ agency, message: finding.message })),
      }));
      return {
        ...base,
        status: data.status,
        openPermissions: data.openPermissions ?? base.openPermissions,
        findings,
        findingAgencies: [...new Set(findings.flatMap((finding) => finding.notices.map((n) => n.agency)))],
        pending:
          data.outcome === 'approval_required' || data.outcome === 'blocked'
            ? { outcome: data.outcome, reasons: reasonsOf(findings) }
            : undefined,
      };
    }
    case 'Delegation.Approved':
    case 'Delegation.Rejected': {
      const decision = event.name === 'Delegation.Approved' ? 'approve' : 'reject';
      if (delegation.decision?.decision !== decision || delegation.version < event.data.version) return;
      return { ...base, decision: { decision, note: event.data.note } };
    }
    case 'Delegation.Cancelled':
      if (delegation.cancellation === undefined || !is(closed, delegation.status)) return;
      return { ...base, cancellationReason: event.data.reason };
    case 'Decision.Pending':
      if (delegation.status !== event.data.outcome) return;
      return { ...base, pending: { outcome: event.data.outcome, reasons: event.data.reasons } };
    case 'Meeting.Scheduled':
    case 'Meeting.Rescheduled':
    case 'Meeting.Cancelled': {
      const { meeting } = event.data;
      const change = (
        {
          'Meeting.Scheduled': 'scheduled',
          'Meeting.Rescheduled': 'rescheduled',
          'Meeting.Cancelled': 'cancelled',
        } as const
      )[event.name];
      const previous = event.name === 'Meeting.Rescheduled' ? event.data.previous : undefined;
      return { ...base, officialIds: meeting.officialIds, meeting: { meeting, change, previous } };
    }
    case 'News.Approved':
      // Only the text leadership approved goes out: not an item returned or edited since.
      if (delegation.news?.status !== 'approved' || delegation.version < event.data.version) return;
      return { ...base, news: { vi: delegation.news.vi, en: delegation.news.en } };
    case 'VisitReport.Overdue':
      return { ...base, overdue: { dueOn: event.data.dueOn, daysOverdue: event.data.daysOverdue } };
    default:
      return base;
  }
}
