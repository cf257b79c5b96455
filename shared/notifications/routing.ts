/**
 * Who hears about what, as data. Each rule says which event (and outcome) notifies which
 * agencies with which section of the email; the router merges the sections so that each
 * recipient gets exactly one email per event.
 */
import type { EventName } from '../../events/catalogue';
import type { AgencyKey } from '../domain/agencies';
import { bookable, waitingForLeadership } from '../domain/lifecycle';
import { type Recipient, recipientId } from '../domain/recipients';

export type Section =
  /** What the check tells this agency, in its own terms (never the Office's to-do). */
  | 'findings'
  /** The Office's own tasks from the check: every finding, what to do, by when. */
  | 'tasks'
  /** The guest list: name, nationality, passport (masked except for police and foreign affairs), title. */
  | 'guest_list'
  | 'decision'
  | 'cancellation'
  /** A meeting invitation, change or cancellation with an iCalendar attachment. */
  | 'meeting'
  | 'news_approved'
  /** A reminder that the post-visit (or conference) report is late. */
  | 'report_overdue'
  /** A visit waits for leadership's decision: its id, the reasons and their due dates. */
  | 'decision_pending';

export interface RoutingRule {
  id: string;
  /** Checked against the catalogue: a misspelt name would route nothing. */
  events: readonly EventName[];
  /** Only when the delegation is in one of these statuses after the event (Delegation.ComplianceChecked). */
  statuses?: readonly string[];
  /** Only when no permission from an outside authority is missing (the guest list waits for them). */
  permitsComplete?: boolean;
  /** Fixed recipients. */
  agencies?: readonly AgencyKey[];
  /** Every agency named by a finding of the event. */
  agenciesFromFindings?: boolean;
  /** The meeting's officials. */
  meetingOfficials?: boolean;
  /** Skip visits whose topics are sensitive (nothing is published about them). */
  unlessSensitive?: boolean;
  /** Only for a delegation with a foreign member: the police list names foreigners only. */
  withForeigners?: boolean;
  sections: readonly Section[];
}

export const routingRules: readonly RoutingRule[] = [
  {
    id: 'findings-to-named-agencies',
    events: ['Delegation.ComplianceChecked'],
    agenciesFromFindings: true,
    sections: ['findings'],
  },
  {
    id: 'tasks-to-office',
    events: ['Delegation.ComplianceChecked'],
    agencies: ['office'],
    sections: ['tasks'],
  },
  {
    // Cleared by the check, or approved by leadership: the guest list goes on once every permit
    // from an outside authority is recorded (never as "cleared" while the police permit is missing).
    id: 'guest-list-when-cleared',
    events: ['Delegation.ComplianceChecked'],
    statuses: bookable,
    permitsComplete: true,
    withForeigners: true,
    agencies: ['police', 'foreign-affairs'],
    sections: ['guest_list'],
  },
  {
    id: 'guest-list-when-approved',
    events: ['Delegation.Approved'],
    permitsComplete: true,
    withForeigners: true,
    agencies: ['police', 'foreign-affairs'],
    sections: ['guest_list'],
  },
  {
    id: 'decision-waits-for-leadership',
    events: ['Delegation.ComplianceChecked'],
    statuses: waitingForLeadership,
    agencies: ['leadership'],
    sections: ['decision_pending'],
  },
  {
    id: 'decision-reminder',
    events: ['Decision.Pending'],
    agencies: ['leadership'],
    sections: ['decision_pending'],
  },
  {
    id: 'decision-to-office',
    events: ['Delegation.Approved', 'Delegation.Rejected'],
    agencies: ['office', 'host-unit'],
    sections: ['decision'],
  },
  {
    id: 'cancellation',
    events: ['Delegation.Cancelled'],
    agencies: ['office', 'host-unit', 'police', 'foreign-affairs'],
    sections: ['cancellation'],
  },
  {
    id: 'meeting-invitations',
    events: ['Meeting.Scheduled', 'Meeting.Rescheduled', 'Meeting.Cancelled'],
    agencies: ['host-unit'],
    meetingOfficials: true,
    sections: ['meeting', 'guest_list'],
  },
  {
    id: 'overdue-report-reminder',
    events: ['VisitReport.Overdue'],
    agencies: ['host-unit', 'office'],
    sections: ['report_overdue'],
  },
  {
    // The Information Centre publishes what leadership approved (the plan on external information).
    id: 'news-approved',
    events: ['News.Approved'],
    agencies: ['information-centre'],
    unlessSensitive: true,
    sections: ['news_approved'],
  },
];

export interface EventFacts {
  name: string;
  /** The delegation's status after the event. */
  status?: string;
  /** Permissions from outside authorities still missing. */
  openPermissions?: number;
  findingAgencies?: readonly AgencyKey[];
  officialIds?: readonly string[];
  sensitive?: boolean;
  /** How many members are foreigners (the police list's), when the delegation is known. */
  foreigners?: number;
}

export interface Delivery {
  recipient: Recipient;
  sections: Section[];
}

/** One delivery per recipient, with every section the rules give it for this event. */
export function route(facts: EventFacts, rules: readonly RoutingRule[] = routingRules): Delivery[] {
  const deliveries = new Map<string, Delivery>();
  const add = (recipient: Recipient, section: Section) => {
    const id = recipientId(recipient);
    const delivery = deliveries.get(id) ?? { recipient, sections: [] };
    if (!delivery.sections.includes(section)) delivery.sections.push(section);
    deliveries.set(id, delivery);
  };
  for (const rule of rules) {
    if (!(rule.events as readonly string[]).includes(facts.name)) continue;
    if (rule.statuses && !rule.statuses.includes(facts.status ?? '')) continue;
    if (rule.permitsComplete && (facts.openPermissions ?? 0) > 0) continue;
    if (rule.unlessSensitive && facts.sensitive) continue;
    if (rule.withForeigners && facts.foreigners === 0) continue;
    const recipients: Recipient[] = [
      ...(rule.agencies ?? []).map((key) => ({ kind: 'agency' as const, key })),
      ...(rule.agenciesFromFindings ? (facts.findingAgencies ?? []) : []).map((key) => ({
        kind: 'agency' as const,
        key,
      })),
      ...(rule.meetingOfficials ? (facts.officialIds ?? []) : []).map((key) => ({
        kind: 'official' as const,
        key,
      })),
    ];
    for (const recipient of recipients) for (const section of rule.sections) add(recipient, section);
  }
  return [...deliveries.values()];
}

export { type Recipient, recipientId };
