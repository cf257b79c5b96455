import type { AgencyKey } from '../domain/agencies';
import type { ApprovalAuthority, ApprovalKind } from '../domain/external-approval';
import type { LocalDate } from './calendar';

export const severities = ['blocking', 'approval_required', 'action_required', 'info'] as const;
/**
 * blocking: the visit cannot go ahead until the data is fixed or a missing permission arrives;
 * approval_required: the Department's leadership must decide; action_required: a task for the
 * Office, with a due date (a permission from an outside authority stays one until it is
 * recorded); info: advice, or a requirement already satisfied.
 */
export type Severity = (typeof severities)[number];

export interface Bilingual {
  vi: string;
  en: string;
}

/** The document that satisfied a required permission, as the Office recorded it. */
export interface RecordedApproval {
  id: string;
  documentNumber: string;
  documentDate: LocalDate;
  issuingBody: string;
}

/** Who must give which permission, by when. */
export interface RequiredApproval {
  /** `leadership`: the Department itself decides; every other authority is outside the Department. */
  authority: ApprovalAuthority | 'leadership';
  /** The kind of record that satisfies it; absent for the Department's own decisions. */
  kind?: ApprovalKind;
  /** The activity or place it covers, when the visit may need several of its kind. */
  subject?: string;
  what: string;
  /** When the application is due. */
  dueDate?: LocalDate;
  /** The last day the visit can wait for it: without it by then, the finding blocks. */
  neededBy?: LocalDate;
  recorded?: RecordedApproval;
}

/** What one outside body (or internal unit) is told about a finding, in its own terms. */
export interface Notice {
  agency: AgencyKey;
  message: string;
}

/** What a rule found, as the rule states it; the engine adds the rule's id, title and citation. */
export interface RuleOutcome {
  severity: Severity;
  /** What was found and what the Office does about it, in Vietnamese: the Office's task. */
  message: string;
  /** The task in a few words, where a rule finds several (a document lists it); the rule's title otherwise. */
  summary?: string;
  dueDate?: LocalDate;
  /** The due date had already passed when the request reached the Office. */
  overdue?: boolean;
  /**
   * What is sent to whom as information, if anything. An Office to-do is never mailed to an outside
   * body, and a request for a permission is a document the Office sends through official channels.
   */
  notices?: Notice[];
  approvals?: RequiredApproval[];
  /** The legal basis of this finding when it differs from the rule's (a law replaced meanwhile). */
  citation?: string;
}

export interface Finding extends RuleOutcome {
  ruleId: string;
  /** Stable across checks while the task is the same: what the Office marks done (`tasksDone`). */
  key: string;
  title: Bilingual;
  citation: string;
  verified: boolean;
  /** Who is told: the agencies of the notices. */
  agencies: AgencyKey[];
  notices: Notice[];
  approvals: RequiredApproval[];
}

/** A permission from outside the Department that is still missing. */
export const isOpenPermission = (approval: RequiredApproval) =>
  approval.authority !== 'leadership' && approval.recorded === undefined;
