import { type AgencyKey, defaultAgencyNames } from '../domain/agencies';
import { costSharingOf } from '../domain/cost-sharing';
import type { Delegation } from '../domain/delegation';
import { type LocalDate, localDateOf } from './calendar';
import {
  type Finding,
  isOpenPermission,
  type RequiredApproval,
  type RuleOutcome,
  type Severity,
  severities,
} from './finding';
import { protocolGradeOf, rateSetFor } from './grade';
import { calendarOf, type ProtocolGrade, type RuleProfile } from './profile';
import type { BookedMeeting, MeetingFacts, RuleContext, RuleDefinition } from './rule';
import { foldText } from './text';
import { sensitiveTopicsOf } from './topic-match';

/**
 * `awaiting_permits`: nothing blocks the visit and leadership need not decide, but a permission or
 * permit from an outside authority is still missing; the visit's status stays `cleared`.
 */
export const complianceOutcomes = ['cleared', 'awaiting_permits', 'approval_required', 'blocked'] as const;
export type ComplianceOutcome = (typeof complianceOutcomes)[number];
export type CheckResult = 'findings' | 'passed' | 'not_applicable' | 'not_in_force';

export interface ComplianceReport {
  delegationId: string;
  /** The delegation version this report checked; a report never describes another version. */
  delegationVersion: number;
  checkedAt: string;
  profile: { id: string; version: string };
  outcome: ComplianceOutcome;
  grade: {
    grade: ProtocolGrade;
    /** The circular whose rates apply (its key in the legal documents). */
    circular?: string;
    /** Per guest per day, only when the Department pays the in-country costs. */
    mealAllowanceVnd: number | null;
    /** For the head of an A or B delegation; anyone else only in a special case. */
    giftCapVnd: number | null;
    verified: boolean;
  };
  findings: Finding[];
  checks: { ruleId: string; result: CheckResult }[];
  requiredApprovals: (RequiredApproval & { ruleId: string })[];
  /** Permissions from outside authorities not yet recorded: the guest list waits for none. */
  openPermissions: number;
  /** A rule that forbids publicity applies (sensitive topics): nothing is published about the visit. */
  sensitive?: boolean;
  agenciesToNotify: AgencyKey[];
  /** False when the visit falls in a year whose holiday calendar is a projection. */
  holidayCalendarOfficial: boolean;
  /** The holiday calendar of each year the check counted in: its version (0: as shipped) and status. */
  holidayCalendars: { year: number; version: number; official: boolean; source: string }[];
}

export interface CheckInput {
  profile: RuleProfile;
  /** When the request reached the Office; the registration time. */
  receivedAt: string;
  checkedAt: string;
  meetings?: readonly MeetingFacts[];
  /** The visit's booked meetings, for MEETING_ON_DAY_OFF. */
  scheduledMeetings?: readonly BookedMeeting[];
  /** The rules to run: `rules` from './rules' for a full check; a caller needing one rule loads only it. */
  rules: readonly RuleDefinition[];
  /** Agency names from the directory; the defaults fill any gap. */
  agencyNames?: Partial<Record<AgencyKey, string>>;
}

const severityRank = (severity: Severity) => severities.indexOf(severity);

/**
 * A finding's key, the same in every check of the visit while the task it names is the same (its
 * rule, the authority of its permission, the activity it concerns, or its short name): what a task
 * marked done is remembered by.
 */
function taskKey(ruleId: string, outcome: RuleOutcome, earlier: readonly Finding[]): string {
  const approval = outcome.approvals?.[0];
  const what = approval?.subject ?? outcome.summary ?? '';
  // Letters, digits, "_", "-" and ".": a key goes into a URL path as it is.
  const slug = foldText(what)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  const base = [ruleId, approval?.authority, slug].filter(Boolean).join('.');
  const taken = earlier.filter(
    (finding) => finding.key === base || finding.key.startsWith(`${base}.n`),
  ).length;
  return taken ? `${base}.n${taken + 1}` : base;
}

/** Checks a delegation against every rule in force on its arrival date. Pure: data in, report out. */
export function checkCompliance(delegation: Delegation, input: CheckInput): ComplianceReport {
  const context = contextFor(delegation, input);
  const findings: Finding[] = [];
  const checks: ComplianceReport['checks'] = [];
  let sensitive = false;

  for (const rule of input.rules) {
    if (!inForce(rule, context.arrivalDate)) {
      checks.push({ ruleId: rule.id, result: 'not_in_force' });
      continue;
    }
    if (!rule.appliesTo(context)) {
      checks.push({ ruleId: rule.id, result: 'not_applicable' });
      continue;
    }
    const outcomes = rule.evaluate(context);
    if (rule.noPublicity && outcomes.length > 0) sensitive = true;
    checks.push({ ruleId: rule.id, result: outcomes.length > 0 ? 'findings' : 'passed' });
    for (const outcome of outcomes) {
      const notices = outcome.notices ?? [];
      findings.push({
        ...outcome,
        ruleId: rule.id,
        key: taskKey(rule.id, outcome, findings),
        title: rule.title,
        citation: outcome.citation ?? rule.citation,
        verified: rule.verified,
        agencies: [...new Set(notices.map((notice) => notice.agency))],
        notices,
        approvals: outcome.approvals ?? [],
      });
    }
  }
  findings.sort(
    (a, b) =>
      severityRank(a.severity) - severityRank(b.severity) ||
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'),
  );

  const rates = rateSetFor(input.profile.parameters.receptionRates, context.departureDate);
  const requiredApprovals = findings.flatMap((finding) =>
    finding.approvals.map((approval) => ({ ...approval, ruleId: finding.ruleId })),
  );
  return {
    delegationId: delegation.id,
    delegationVersion: delegation.version,
    checkedAt: input.checkedAt,
    profile: { id: input.profile.id, version: input.profile.version },
    outcome: outcomeOf(findings, requiredApprovals.filter(isOpenPermission).length),
    grade: {
      grade: context.grade,
      circular: rates.circular,
      mealAllowanceVnd:
        costSharingOf(delegation) === 'department_pays' ? (rates.meals[context.grade] ?? null) : null,
      giftCapVnd:
        context.grade === 'A'
          ? (rates.gifts?.headA ?? null)
          : context.grade === 'B'
            ? (rates.gifts?.headB ?? null)
            : null,
      // Every figure the profile holds was read in its circular; the rest are null.
      verified: true,
    },
    findings,
    checks,
    requiredApprovals,
    openPermissions: requiredApprovals.filter(isOpenPermission).length,
    sensitive,
    agenciesToNotify: [...new Set(findings.flatMap((finding) => finding.agencies))].sort(),
    holidayCalendarOfficial:
      context.calendar.isOfficial(context.receivedOn) && context.calendar.isOfficial(context.arrivalDate),
    holidayCalendars: [...new Set([context.receivedOn, context.arrivalDate, context.departureDate])]
      .map((date) => Number(date.slice(0, 4)))
      .filter((year, index, years) => years.indexOf(year) === index)
      .map((year) => {
        const data = input.profile.holidays[String(year)];
        return {
          year,
          version: data?.version ?? 0,
          official: data?.official ?? false,
          source: data?.source ?? 'no holiday data: weekends only',
        };
      }),
  };
}

export function outcomeOf(findings: readonly Finding[], openPermissions = 0): ComplianceOutcome {
  if (findings.some((finding) => finding.severity === 'blocking')) return 'blocked';
  if (findings.some((finding) => finding.severity === 'approval_required')) return 'approval_required';
  return openPermissions > 0 ? 'awaiting_permits' : 'cleared';
}

/** The lifecycle status a check's outcome puts a visit in: waiting for permits is still cleared. */
export const statusOfOutcome = (outcome: ComplianceOutcome) =>
  outcome === 'awaiting_permits' ? 'cleared' : outcome;

const inForce = (rule: RuleDefinition, date: LocalDate) =>
  rule.inForce.from <= date && (rule.inForce.to === undefined || date <= rule.inForce.to);

function contextFor(delegation: Delegation, input: CheckInput): RuleContext {
  const params = input.profile.parameters;
  const calendar = calendarOf(input.profile);
  return {
    delegation,
    profile: input.profile,
    params,
    calendar,
    // The day the Department received the partner's letter (its register's "ngày đến"), else the
    // registration; a letter that arrives on a rest day is received on the next working day.
    receivedOn: calendar.receivedOn(delegation.sourceLetter?.receivedOn ?? localDateOf(input.receivedAt)),
    checkedOn: localDateOf(input.checkedAt),
    arrivalDate: localDateOf(delegation.visit.arrival),
    departureDate: localDateOf(delegation.visit.departure),
    grade: protocolGradeOf(delegation, params),
    sensitive: sensitiveTopicsOf(delegation, params),
    meetings: input.meetings ?? [],
    scheduledMeetings: input.scheduledMeetings ?? [],
    agencyName: (key) => input.agencyNames?.[key] ?? defaultAgencyNames[key],
  };
}
