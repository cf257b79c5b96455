/**
 * The shape of a rule profile, checked by tests (tests/unit/profile.test.ts) rather than at every cold
 * start: the shipped profile is a constant, and parsing it in each function cost its start-up a
 * schema it never needs again.
 */
import * as z from 'zod';
import { memberRanks } from '../domain/delegation';
import { secrecyLevels } from '../domain/meeting';
import { protocolGrades, sensitiveCategories } from './profile';

const days = z.number().int().min(0).max(365);
const rank = z.enum(memberRanks);

const gradeSchema = z.object({
  /** Ranks that put a delegation in this grade; the highest grade of any member wins. */
  ranks: z.array(rank),
  /** Meal allowance per guest per day (Thông tư 71/2018/TT-BTC); null where the circular sets none. */
  mealAllowanceVnd: z.number().int().positive().nullable(),
  /** Gift cap for the head of the delegation (Thông tư 35/2026/TT-BTC, chưa xác minh). */
  giftCapVnd: z.number().int().positive().nullable(),
});

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
    grades: z.record(z.enum(protocolGrades), gradeSchema),
    /** Days before arrival by which a restricted-area entry permit must be in hand. */
    restrictedAreaPermitDaysBefore: days,
    /** Days before a meeting (or the arrival) by which the approval to share state secrets is in hand. */
    secretsApprovalDaysBefore: days,
    /** Who may approve sharing state secrets of each level, as the law names them. */
    secrecyApprovers: z.record(z.enum(secrecyLevels), z.string()),
    memberGiftCapVnd: z.number().int().positive(),
    /** Months the members' passport numbers are kept after a visit closes (shared/domain/personal-data.ts). */
    personalDataRetentionMonths: z.number().int().min(1).max(120),
  }),
  /**
   * The periods of the quarterly and yearly reports: calendar quarters and years, or the
   * administrative reporting periods of Nghị định 09/2019/NĐ-CP, Điều 12 (from the 15th of the
   * month before the period to the 14th of its last month; a year from 15/12 to 14/12).
   */
  reportingPeriod: z.enum(['calendar', 'administrative']).default('calendar'),
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
    }),
  ),
});

export type RuleProfile = z.infer<typeof ruleProfileSchema>;
export type RuleParameters = RuleProfile['parameters'];
