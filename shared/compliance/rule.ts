import type { AgencyKey } from '../domain/agencies';
import type { Delegation } from '../domain/delegation';
import type { SecrecyLevel } from '../domain/meeting';
import type { LocalDate, WorkingCalendar } from './calendar';
import type { Bilingual, RuleOutcome } from './finding';
import type { ProtocolGrade, RuleParameters, RuleProfile, SensitiveCategory } from './profile';

/** A meeting as the rules see it (scheduling adds them; STATE_SECRETS reads them). */
export interface MeetingFacts {
  id: string;
  title: string;
  startsAt: string;
  confidential: boolean;
  /** Reference of the competent person's written approval, once the Office recorded it. */
  secrecyApproval?: string;
  /** Secrecy level of what the meeting shares: it decides who may approve. */
  secrecyLevel?: SecrecyLevel;
}

/** A booked meeting as the full check sees it. */
export interface BookedMeeting {
  id: string;
  title: string;
  start: string;
}

/** Everything a rule may look at; computed once per check so the rules stay one-liners of logic. */
export interface RuleContext {
  delegation: Delegation;
  profile: RuleProfile;
  params: RuleParameters;
  calendar: WorkingCalendar;
  /** The local date the request reached the Office (its registration). */
  receivedOn: LocalDate;
  /** The local date of the check: a permission still missing when it is needed blocks the visit. */
  checkedOn: LocalDate;
  arrivalDate: LocalDate;
  departureDate: LocalDate;
  grade: ProtocolGrade;
  /** Sensitive categories mentioned by the purpose, topics or activities, with the words found. */
  sensitive: Partial<Record<SensitiveCategory, string[]>>;
  meetings: readonly MeetingFacts[];
  /** The visit's booked meetings (the full check reads them; a day off may have come since). */
  scheduledMeetings: readonly BookedMeeting[];
  /** An agency's name as the directory has it today (renaming it there renames it in every text). */
  agencyName(key: AgencyKey): string;
}

export interface RuleDefinition {
  id: string;
  title: Bilingual;
  /**
   * The legal basis a user reads: the document and article in Vietnamese, a figure no source
   * confirms marked "(chưa xác minh)". Shown in reports, emails and GET /rules.
   */
  citation: string;
  /** Where the team found the rule or its figure: internal, never shown to a user. */
  provenance: string;
  /** Earlier and later legal bases with their dates, where the law changed (shown by GET /rules). */
  versions?: readonly { from: LocalDate; to?: LocalDate; citation: string }[];
  /** False where the figure comes from another province's practice or a secondary summary. */
  verified: boolean;
  /** The rule applies to visits arriving in this range. */
  inForce: { from: LocalDate; to?: LocalDate };
  /** The profile figures this rule uses, shown by GET /rules. */
  parameters: readonly (keyof RuleParameters)[];
  /** When the rule applies, nothing is published about the visit (no news, no portal item). */
  noPublicity?: boolean;
  /** Pure: no I/O, no clock. Called only when `appliesTo` holds; an empty list means satisfied. */
  evaluate(context: RuleContext): RuleOutcome[];
  /** Whether the rule concerns this delegation at all (for "passed" vs "not applicable"). */
  appliesTo(context: RuleContext): boolean;
}

/** A due date and whether the request reached the Office after it. */
export function deadline(context: RuleContext, dueDate: LocalDate): { dueDate: LocalDate; overdue: boolean } {
  return { dueDate, overdue: context.receivedOn > dueDate };
}
