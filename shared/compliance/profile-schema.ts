/**
 * The shape of a rule profile, checked by tests (tests/unit/profile.test.ts) rather than at every cold
 * start: the shipped profile is a constant, and parsing it in each function cost its start-up a
 * schema it never needs again.
 */
import * as z from 'zod';
import { memberRanks, partnerTypes } from '../domain/delegation';
import { secrecyLevels } from '../domain/meeting';
import { protocolGrades, sensitiveCategories } from './profile-vocabulary';

const days = z.number().int().min(0).max(365);
const rank = z.enum(memberRanks);

const gradeSchema = z.object({
  /** Ranks of the head of the delegation that put it in this grade. */
  ranks: z.array(rank),
  /** Ranks that count only when the partner is an official body (`officialPartnerTypes`). */
  ranksForOfficials: z.array(rank).default([]),
});

const vnd = z.number().int().positive();
const perGrade = <T extends z.ZodType>(value: T) => z.record(z.enum(protocolGrades), value.nullable());

/**
 * The rates of one circular on reception spending, with the dates it governs. A figure the circular
 * leaves to the plan (the Special grade) or that the profile does not hold is null.
 */
export const receptionRateSetSchema = z.object({
  /** The key of the circular in the legal documents (shared/compliance/legal-documents.ts). */
  circular: z.string(),
  /** Visits that end on or after `from` (and on or before `to`) follow these rates. */
  from: z.iso.date(),
  to: z.iso.date().optional(),
  /** The article of each line, as the budget cites it. */
  articles: z.object({
    meals: z.string(),
    rooms: z.string(),
    workingSessions: z.string(),
    banquet: z.string(),
    interpreting: z.string(),
    gifts: z.string(),
    guestsPayMealsRooms: z.string(),
    guestsPayAll: z.string(),
  }),
  /** Two meals a day per guest, drinks included. */
  meals: perGrade(vnd),
  /** A room with breakfast per night, by position in the delegation. */
  rooms: perGrade(z.object({ head: vnd, deputy: vnd, member: vnd })),
  /** Drinks, fruit and cakes of a working session, per person per half-day, guests and hosts alike. */
  workingSessions: perGrade(vnd),
  /** Gifts: the head of an A or B delegation; anyone else only in a special case. */
  gifts: z.object({ headA: vnd, headB: vnd, specialCase: vnd }).nullable(),
  interpreting: z.object({ consecutivePerHour: vnd, simultaneousPerHour: vnd }).nullable(),
  /** Per page of 350 words. */
  translation: z.object({ intoVietnamesePerPage: vnd, fromVietnamesePerPage: vnd }).nullable(),
});
export type ReceptionRateSet = z.infer<typeof receptionRateSetSchema>;

/**
 * Every figure the rules use. A profile is versioned data: reports record the id and version they
 * were computed with, so a later change of a figure never rewrites an old decision.
 */
export const ruleProfileSchema = z.object({
  id: z.string(),
  version: z.string(),
  name: z.string(),
  /** The province whose offices receive the visits; NGO certificates must cover it. */
  province: z.string(),
  parameters: z.object({
    leadTimeWorkingDays: days,
    conferencePmDays: days,
    conferenceProvinceDays: days,
    conferenceReportDays: days,
    yearlyConferenceReportBy: z.string().regex(/^\d{2}-\d{2}$/),
    religiousAnswerDays: days,
    religiousAnswerDaysCentral: days,
    ngoWorkPlanWorkingDays: days,
    pressPermitWorkingDays: days,
    pressConferenceWorkingDays: days,
    highLevelReceptionWorkingDays: days,
    guestListDaysBeforeArrival: days,
    accommodationDeclarationHours: z.number().int().min(1).max(72),
    postVisitReportDays: days,
    postConferenceReportDays: days,
    /** Minister level or higher (Quyết định 06/2020/QĐ-TTg, Điều 3.1). */
    ministerLevelRanks: z.array(rank),
    /** Guests whose reception goes through the provincial foreign-affairs body. */
    highLevelRanks: z.array(rank),
    sensitiveKeywords: z.record(z.enum(sensitiveCategories), z.array(z.string().min(2))),
    /** Everyday phrases that contain a keyword without being about it ("xuyên biên giới": cross-border trade). */
    harmlessPhrases: z.array(z.string().min(2)),
    /** Former provinces the profile's province now includes, with the act and date of the merger. */
    formerProvinces: z.array(z.object({ name: z.string(), since: z.string(), act: z.string() })),
    /** Fields of activity as NGO certificates write them: each group lists the names of one field. */
    fieldAliases: z.array(z.array(z.string().min(2)).min(1)),
    /** Words that describe profit-making, which a foreign NGO may not pursue, and phrases that only look so. */
    ngoProfitKeywords: z.array(z.string().min(2)),
    ngoNonProfitPhrases: z.array(z.string().min(2)),
    /** The Appendix of the circular: the grade of a delegation follows its head's rank. */
    grades: z.record(z.enum(protocolGrades), gradeSchema),
    /** Partners whose staff are officials: their heads below department level are grade C. */
    officialPartnerTypes: z.array(z.enum(partnerTypes)),
    /** Each circular's rates, oldest first; a visit follows the one in force when it ends. */
    receptionRates: z.array(receptionRateSetSchema).min(1),
    /** Days before arrival by which a restricted-area entry permit must be in hand. */
    restrictedAreaPermitDaysBefore: days,
    /** Working days the managing body needs to issue that permit: the application goes this much earlier. */
    restrictedAreaApplicationWorkingDays: days,
    /** Working days before the signing by which the Chairman's permission to sign an agreement is asked. */
    agreementApprovalWorkingDays: days,
    /** Working days before the visit by which aid offered is submitted for approval. */
    aidApprovalWorkingDays: days,
    /** Days before a meeting (or the arrival) by which the approval to share state secrets is in hand. */
    secretsApprovalDaysBefore: days,
    /** Bounds of a recorded permit's dates, against typing slips (days, up to ten years). */
    outsideDocumentMaxAgeDays: z.number().int().positive().max(3660),
    outsideDocumentMaxValidityDays: z.number().int().positive().max(3660),
    /** Who may approve sharing state secrets of each level, as the law names them. */
    secrecyApprovers: z.record(z.enum(secrecyLevels), z.string()),
  }),
  /**
   * The periods of the quarterly and yearly reports: calendar quarters and years, or the
   * administrative reporting periods of Nghị định 09/2019/NĐ-CP, Điều 12 (from the 15th of the
   * month before the period to the 14th of its last month; a year from 15/12 to 14/12).
   */
  reportingPeriod: z.enum(['calendar', 'administrative']).default('administrative'),
  /** Office hours for meetings, in Asia/Ho_Chi_Minh; the holiday calendar below applies too. */
  workingHours: z.object({
    weekdays: z.array(z.number().int().min(0).max(6)),
    periods: z.array(
      z.object({ start: z.string().regex(/^\d{2}:\d{2}$/), end: z.string().regex(/^\d{2}:\d{2}$/) }),
    ),
    /** Free minutes kept between two meetings of the same room or official. */
    bufferMinutes: z.number().int().min(0).max(120),
    /** The shortest meeting that may be booked. */
    minimumMeetingMinutes: z.number().int().min(1).max(240),
  }),
  holidays: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({
      official: z.boolean(),
      source: z.string(),
      daysOff: z.array(z.iso.date()).readonly(),
      makeUpWorkingDays: z.array(z.iso.date()).readonly(),
      /** 0: the shipped data; admin's corrections raise it. */
      version: z.number().int().min(0).optional(),
      /** The lunar holidays by date, which no date rule gives (holiday-names.ts names the rest). */
      names: z.record(z.iso.date(), z.string()).readonly().optional(),
    }),
  ),
});

export type RuleProfile = z.infer<typeof ruleProfileSchema>;
export type RuleParameters = RuleProfile['parameters'];
