import type { AgencyKey } from '../domain/agencies';
import type { LocalDate } from './calendar';

export const severities = ['blocking', 'approval_required', 'action_required', 'info'] as const;
/**
 * blocking: the visit cannot be approved until the data is fixed; approval_required: leadership
 * must decide; action_required: a task for the Office or an agency, with a due date; info: advice.
 */
export type Severity = (typeof severities)[number];

export interface Bilingual {
  vi: string;
  en: string;
}

/** Who must give which permission, by when. */
export interface RequiredApproval {
  /** `competent-person`: whoever the law names for the case (e.g. by secrecy level), never assumed. */
  authority: AgencyKey | 'prime-minister' | 'competent-person';
  what: string;
  dueDate?: LocalDate;
}

/** What a rule found, as the rule states it; the engine adds the rule's id, title and citation. */
export interface RuleOutcome {
  severity: Severity;
  /** What was found and what to do about it, in Vietnamese for the officials who act on it. */
  message: string;
  dueDate?: LocalDate;
  /** The due date had already passed when the request reached the Office. */
  overdue?: boolean;
  agencies: AgencyKey[];
  approvals?: RequiredApproval[];
  /** The legal basis of this finding when it differs from the rule's (a law replaced meanwhile). */
  citation?: string;
}

export interface Finding extends RuleOutcome {
  ruleId: string;
  title: Bilingual;
  citation: string;
  verified: boolean;
  approvals: RequiredApproval[];
}
