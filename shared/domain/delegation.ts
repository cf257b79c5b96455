import * as z from 'zod';
import { type Actor, actorSchema } from './actor';
import { costSharings } from './cost-sharing';
import { isCountryCode } from './countries';
import { TooLargeError } from './errors';
import { externalApprovalSchema, MAX_APPROVALS } from './external-approval';
import { newsItemSchema } from './news-item';
import { delegationStatuses } from './status';
import { multiLine, oneLine } from './text-fields';

/** Limits that keep one registration well inside a DynamoDB item and an API Gateway payload. */
export const limits = {
  shortText: 200,
  longText: 4000,
  members: 200,
  itineraryPlaces: 50,
  activities: 50,
  topics: 20,
} as const;

/**
 * The dates a request may carry, counted from the moment it is made: visits and their activities
 * from one year back (a late registration) to five years ahead; an incoming letter dated at most
 * two years back and not in the future. Anything else is a typo (0126 for 2026, 9999) that would
 * otherwise travel through every check, email and scheduled job.
 */
export const plausibleDates = {
  visitYearsBefore: 1,
  visitYearsAfter: 5,
  letterYearsBefore: 2,
  /** A passport's expiry lies within this many years of today (a Vietnamese passport runs ten). */
  documentYears: 15,
} as const;

const shortText = oneLine(limits.shortText);
const longText = multiLine(limits.longText);
const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { message: 'Use an ISO 3166-1 alpha-2 code in capitals, e.g. JP', abort: true })
  .refine(isCountryCode, 'Unknown ISO 3166-1 alpha-2 country code');
/** A date-time with an explicit offset; the Department works in Asia/Ho_Chi_Minh (+07:00). */
const dateTime = z.iso.datetime({
  offset: true,
  message: 'Use an ISO 8601 date-time with offset, e.g. 2026-12-10T09:00:00+07:00',
});
const date = z.iso.date();

/** Partner types from the regulations reference ("Delegation categories used in practice"). */
export const partnerTypes = [
  'diplomatic_mission',
  'foreign_government',
  'international_organisation',
  'foreign_ngo',
  'foreign_business',
  'academic_institution',
  'press',
  'religious_organisation',
  /**
   * Overseas Vietnamese (người Việt Nam ở nước ngoài), people and their associations, whom the plan
   * on external information asks to draw in (Mục II.2.a). Who among them is a foreigner is the
   * passport's: a member holding a Vietnamese one is not on the list sent to the police.
   */
  'overseas_vietnamese_individual',
  'overseas_vietnamese_association',
  'other',
] as const;

export const memberRoles = ['head', 'member', 'journalist', 'interpreter', 'security', 'other'] as const;

/** Ranks from which the protocol grade (Special, A, B, C) is derived. */
export const memberRanks = [
  'head_of_state',
  'head_of_government',
  'parliament_speaker',
  'vice_president',
  'parliament_vice_chair',
  'deputy_prime_minister',
  'foreign_minister',
  'minister',
  'deputy_minister',
  'head_of_international_organisation',
  'ambassador',
  'provincial_leader',
  'department_leader',
  'staff',
  'other',
  // The ranks the Appendix of Thông tư 35/2026/TT-BTC names besides the ones above.
  'un_secretary_general',
  'heir_to_throne',
  /** Heads of ASEAN or APEC, presidents of the World Bank, the IMF or the ADB. */
  'head_of_major_international_organisation',
  'deputy_head_of_intergovernmental_organisation',
  'royal_family_member',
  'head_of_asean_body',
] as const;

export const protocolLevels = ['state_visit', 'official_visit', 'working_visit', 'private_visit'] as const;
export const diplomacyChannels = ['party', 'state', 'people'] as const;
export const activityTypes = [
  'conference',
  'press_conference',
  'religious_activity',
  'reception_by_provincial_leaders',
  /** A memorandum of understanding or cooperation agreement signed during the visit (Luật 70/2020/QH14). */
  'agreement_signing',
  /** Aid, equipment or a gift of value the partner offers (Nghị định 80/2020/NĐ-CP). */
  'aid_offer',
  // The activities the plan on external information asks for (Mục II.2.a, d), counted in its yearly report.
  'business_matching',
  'promotion_exhibition',
  'technology_demonstration',
] as const;

/** The papers a member entered Vietnam on. */
export const entryDocuments = ['visa', 'e_visa', 'visa_exemption', 'temporary_residence_card'] as const;

export const ngoRegistrationSchema = z.strictObject({
  certificateNumber: shortText,
  issuedOn: date.optional(),
  /** When the organisation received the issued, extended or amended certificate (Điều 21.4). */
  receivedOn: date.optional(),
  expiresOn: date,
  provinces: z.array(shortText).min(1).max(70),
  fields: z.array(shortText).min(1).max(50),
});

export const partnerSchema = z.strictObject({
  /** As the partner writes it (its own language, Latin script). */
  name: shortText,
  /** The Vietnamese name, when the Office gives one: emails show it first. */
  nameVi: shortText.optional(),
  country: countryCode,
  type: z.enum(partnerTypes),
  ngoRegistration: ngoRegistrationSchema.optional(),
});

export const memberSchema = z.strictObject({
  fullName: shortText,
  nationality: countryCode.optional(),
  passportNumber: z
    .string()
    .trim()
    .regex(/^[A-Z0-9]{5,20}$/i, 'A passport number has 5 to 20 letters or digits')
    .optional(),
  title: shortText.optional(),
  /** The title in Vietnamese, when the Office gives one. */
  titleVi: shortText.optional(),
  rank: z.enum(memberRanks).default('other'),
  role: z.enum(memberRoles).default('member'),
  pressPermitNumber: shortText.optional(),
  /** What the police list shows besides name, nationality and passport (optional: a finding asks for them). */
  sex: z.enum(['male', 'female']).optional(),
  dateOfBirth: date.optional(),
  passportExpiresOn: date.optional(),
  entry: z
    .strictObject({
      document: z.enum(entryDocuments),
      number: shortText.optional(),
      validUntil: date.optional(),
      /** The border gate of entry, when known. */
      port: shortText.optional(),
      enteredOn: date.optional(),
    })
    .optional(),
});

export const itineraryPlaceSchema = z.strictObject({
  name: shortText,
  address: shortText.optional(),
  restrictedArea: z.boolean().default(false),
  /**
   * Who manages a restricted place and so permits entry: the military command for a military zone,
   * the provincial police for any other (Quyết định 160/2004/QĐ-TTg). Police when not said.
   */
  managedBy: z.enum(['police', 'military']).optional(),
  overnightStay: z.boolean().default(false),
});

export const activitySchema = z.strictObject({
  type: z.enum(activityTypes),
  title: shortText.optional(),
  startsAt: dateTime.optional(),
  endsAt: dateTime.optional(),
  online: z.boolean().optional(),
  /**
   * A religious activity in more than one province: the inviting organisation applies to the
   * central religious-affairs body, not the provincial one (Luật Tín ngưỡng, tôn giáo 2016, Điều 48).
   */
  acrossProvinces: z.boolean().optional(),
  /** A conference's plan (Đề án, Quyết định 06/2020/QĐ-TTg, Điều 4.1): where, who organises, who attends. */
  venue: shortText.optional(),
  organisers: z.array(shortText).max(10).optional(),
  participants: z
    .strictObject({
      vietnamese: z.number().int().min(0).max(100_000),
      foreign: z.number().int().min(0).max(100_000),
    })
    .optional(),
  agenda: longText.optional(),
  funding: z
    .strictObject({ source: shortText, amountVnd: z.number().int().min(0).max(1e13).optional() })
    .optional(),
  /** Press coverage of the activity is planned. */
  mediaCoverage: z.boolean().optional(),
  /** The value of aid offered, in đồng, when known. */
  valueVnd: z.number().int().min(0).max(1e13).optional(),
});

export const contactSchema = z.strictObject({
  name: shortText,
  email: z.email().max(254),
  phone: z
    .string()
    .regex(/^\+?[0-9 ().-]{6,30}$/, 'A phone number has 6 to 30 digits, spaces or + ( ) . -')
    .optional(),
});

const visitWindowShape = z.strictObject({ arrival: dateTime, departure: dateTime });

export const visitWindowSchema = visitWindowShape.refine(
  (visit) => Date.parse(visit.arrival) < Date.parse(visit.departure),
  { message: 'Arrival must be before departure', path: ['departure'] },
);

/** Everything the Office types in when it registers a delegation (often from an official letter). */
const registrationShape = z.strictObject({
  partner: partnerSchema,
  members: z.array(memberSchema).min(1).max(limits.members),
  purpose: longText,
  topics: z.array(shortText).max(limits.topics).default([]),
  visit: visitWindowSchema,
  itinerary: z.array(itineraryPlaceSchema).max(limits.itineraryPlaces).default([]),
  activities: z.array(activitySchema).max(limits.activities).default([]),
  protocolLevel: z.enum(protocolLevels).default('working_visit'),
  channel: z.enum(diplomacyChannels).default('state'),
  hostDivision: shortText,
  giftsPlanned: z.boolean().default(false),
  /**
   * Kept for registrations made before `hospitality.costSharing`: true reads as `department_pays`,
   * false as `guests_pay_meals_rooms`. `hospitality.costSharing` wins when both are given.
   */
  vietnameseSidePays: z.boolean().default(false),
  /** What the reception budget (Thông tư 35/2026/TT-BTC) is computed from. */
  hospitality: z
    .strictObject({
      costSharing: z.enum(costSharings),
      /** One banquet for the delegation (Điều 9). */
      banquet: z.boolean().default(false),
      /** Interpreters the Department hires (Điều 11). */
      interpreting: z
        .strictObject({
          mode: z.enum(['consecutive', 'simultaneous']),
          hours: z.number().int().min(1).max(500),
          interpreters: z.number().int().min(1).max(20).default(1),
        })
        .optional(),
      /** Pages of 350 words translated (Điều 11). */
      translation: z
        .strictObject({
          pagesIntoVietnamese: z.number().int().min(0).max(10_000).default(0),
          pagesFromVietnamese: z.number().int().min(0).max(10_000).default(0),
        })
        .optional(),
      /**
       * Gifts for people other than the head of an A or B delegation: only in special cases decided
       * by the head of the receiving body (Điều 12.2), with the reason.
       */
      specialGifts: z
        .strictObject({ recipients: z.number().int().min(1).max(limits.members), reason: longText })
        .optional(),
    })
    .optional(),
  contact: contactSchema,
  /** The partner's letter: its number, its date and the day the Department received it ("ngày đến"). */
  sourceLetter: z
    .strictObject({ number: shortText, date, receivedOn: date.optional() })
    .refine((letter) => !letter.receivedOn || letter.receivedOn >= letter.date, {
      message: 'A letter is received on or after its date',
      path: ['receivedOn'],
    })
    .optional(),
});

/** Each passport once, and exactly one head of delegation. */
function checkMembers(registration: { members: z.output<typeof memberSchema>[] }, ctx: z.RefinementCtx) {
  if (registration.members.length === 0 || registration.members.length > limits.members) return;
  const seen = new Map<string, number>();
  registration.members.forEach((member, index) => {
    const passport = member.passportNumber?.toUpperCase();
    if (!passport) return;
    const first = seen.get(passport);
    if (first === undefined) seen.set(passport, index);
    else
      ctx.addIssue({
        code: 'custom',
        path: ['members', index, 'passportNumber'],
        message: `The same passport number as member ${first + 1}`,
      });
  });
  const heads = registration.members.filter((member) => member.role === 'head').length;
  if (heads !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['members'],
      message: `A delegation has exactly one head (role "head"); this one has ${heads}`,
    });
  }
}

export const registrationSchema = registrationShape.superRefine(checkMembers);

const YEAR_MS = 365.25 * 86_400_000;
const isoDay = (epochMs: number) => new Date(epochMs).toISOString().slice(0, 10);

/** Refuses visit, activity and letter dates outside `plausibleDates`, naming each field. */
function checkPlausibleDates(
  value: Partial<Pick<Registration, 'visit' | 'activities' | 'sourceLetter' | 'members'>>,
  ctx: z.RefinementCtx,
) {
  const now = Date.now();
  const within = (iso: string | undefined, path: (string | number)[], from: number, to: number) => {
    if (iso === undefined) return;
    const at = Date.parse(iso);
    if (at >= from && at <= to) return;
    ctx.addIssue({
      code: 'custom',
      path,
      message: `Must fall between ${isoDay(from)} and ${isoDay(to)}; check the year`,
    });
  };
  const from = now - plausibleDates.visitYearsBefore * YEAR_MS;
  const to = now + plausibleDates.visitYearsAfter * YEAR_MS;
  within(value.visit?.arrival, ['visit', 'arrival'], from, to);
  within(value.visit?.departure, ['visit', 'departure'], from, to);
  value.activities?.forEach((activity, index) => {
    within(activity.startsAt, ['activities', index, 'startsAt'], from, to);
    within(activity.endsAt, ['activities', index, 'endsAt'], from, to);
  });
  value.members?.forEach((member, index) => {
    within(member.dateOfBirth, ['members', index, 'dateOfBirth'], now - 120 * YEAR_MS, now);
    within(
      member.passportExpiresOn,
      ['members', index, 'passportExpiresOn'],
      now - plausibleDates.documentYears * YEAR_MS,
      now + plausibleDates.documentYears * YEAR_MS,
    );
  });
  for (const field of ['date', 'receivedOn'] as const) {
    within(
      value.sourceLetter?.[field],
      ['sourceLetter', field],
      now - plausibleDates.letterYearsBefore * YEAR_MS,
      now + 86_400_000,
    );
  }
}

/** A registration as a request: the stored shape's rules plus dates plausible today. */
export const registrationRequestSchema = registrationSchema.superRefine(checkPlausibleDates);

export type RegistrationInput = z.input<typeof registrationSchema>;

/**
 * A PATCH body: any registration field, none defaulted, so a field that is not sent stays as
 * stored (zod applies defaults inside `.partial()`, which would silently reset lists).
 */
export const registrationPatchSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(registrationShape.shape).map(([key, field]) => [
        key,
        (field instanceof z.ZodDefault ? field.unwrap() : field).optional(),
      ]),
    ),
  )
  .refine((changes) => Object.keys(changes).length > 0, 'Send at least one field to change')
  .superRefine(checkPlausibleDates) as unknown as z.ZodType<Partial<z.output<typeof registrationSchema>>>;
export type Registration = z.output<typeof registrationSchema>;

/** What the Office says when it marks a task done: a note, and the dossier file or permit that shows it. */
export const taskDoneInputSchema = z.strictObject({
  note: multiLine(1000).optional(),
  /** A file of the visit's dossier that shows the task done (the letter sent, its receipt). */
  attachmentId: z.string().min(1).max(64).optional(),
  /** A recorded permission or permit that closes the task. */
  approvalId: z.string().min(1).max(64).optional(),
});
export type TaskDoneInput = z.output<typeof taskDoneInputSchema>;

export const MAX_TASKS_DONE = 200;

export const taskDoneSchema = z.object({
  key: z.string().min(1).max(200),
  /** The task as the report named it when it was done. */
  title: z.string(),
  note: z.string().optional(),
  attachmentId: z.string().optional(),
  approvalId: z.string().optional(),
  doneBy: actorSchema,
  doneAt: dateTime,
});
export type TaskDone = z.infer<typeof taskDoneSchema>;

/** The host division's results report after the visit (POST_VISIT_REPORT). */
export const visitReportSchema = z.strictObject({
  summary: longText,
  outcomes: z.array(shortText).max(50).default([]),
  agreementsSigned: z.array(shortText).max(50).default([]),
  followUpActions: z
    .array(z.strictObject({ action: shortText, owner: shortText, dueDate: date.optional() }))
    .max(50)
    .default([]),
});
export type VisitReport = z.output<typeof visitReportSchema>;

/**
 * A stored delegation: the registration plus identity, lifecycle status and optimistic-lock version.
 * Unlike the strict input schema, it ignores storage attributes (keys, index keys) when reading.
 */
export const delegationSchema = z.object({
  ...registrationShape.shape,
  id: z.string().min(1),
  status: z.enum(delegationStatuses),
  /** Every write, the system's included (status, report): the condition of each conditional write. */
  version: z.number().int().positive(),
  /**
   * The revision of what people read and edit (the registration): raised only by an edit. The
   * ETag and If-Match carry it, so a background check never makes a user's copy stale.
   */
  revision: z.number().int().positive().default(1),
  createdAt: dateTime,
  updatedAt: dateTime,
  createdBy: actorSchema,
  /** The receipt number (số tiếp nhận) the Office quotes, "0015/2026"; visits registered before it have none. */
  receiptNumber: z
    .string()
    .regex(/^\d{4,}\/\d{4}$/)
    .optional(),
  /** The compliance report that set the current status. */
  compliance: z
    .object({
      reportVersion: z.number().int(),
      outcome: z.string(),
      checkedAt: dateTime,
      /** Permissions from outside authorities the report found missing; the guest list waits for none. */
      openPermissions: z.number().int().min(0).optional(),
      /** The report found a sensitive topic: nothing is published about the visit. */
      sensitive: z.boolean().optional(),
      /** The holiday calendar version of each year the check counted in (a correction re-checks older ones). */
      calendarVersions: z.record(z.string(), z.number().int().min(0)).optional(),
    })
    .optional(),
  decision: z
    .object({
      decision: z.enum(['approve', 'reject']),
      note: z.string().optional(),
      decidedBy: actorSchema,
      decidedAt: dateTime,
    })
    .optional(),
  cancellation: z.object({ reason: z.string(), cancelledBy: actorSchema, cancelledAt: dateTime }).optional(),
  /** Permissions and permits from outside authorities, as the Office recorded them. */
  approvals: z.array(externalApprovalSchema).max(MAX_APPROVALS).default([]),
  visitReport: z
    .lazy(() => visitReportSchema.extend({ submittedBy: actorSchema, submittedAt: dateTime }))
    .optional(),
  /** When the members' passport numbers were erased at the end of the retention period. */
  personalDataErasedAt: dateTime.optional(),
  /** The compliance tasks the Office marked done (a guest list sent, a declaration made), by key. */
  tasksDone: z
    .array(z.lazy(() => taskDoneSchema))
    .max(MAX_TASKS_DONE)
    .optional(),
  /** The news item for the Department's portal, once the Office saved or submitted it. */
  news: newsItemSchema.optional(),
});
export type Delegation = z.infer<typeof delegationSchema>;

const registrationKeys = Object.keys(registrationShape.shape) as (keyof Registration)[];

/** The registration part of a stored delegation (what PATCH may change), whatever else it holds. */
export function registrationOf(delegation: Delegation): Registration {
  return Object.fromEntries(
    registrationKeys.filter((key) => delegation[key] !== undefined).map((key) => [key, delegation[key]]),
  ) as Registration;
}

/**
 * A delegation travels whole inside its events, and an EventBridge entry holds at most 256 KB;
 * this keeps room for the envelope. Real registrations are far smaller (200 members ≈ 60 KB).
 */
export const MAX_DELEGATION_BYTES = 192 * 1024;

export function assertAnnounceable(delegation: Delegation): Delegation {
  const bytes = Buffer.byteLength(JSON.stringify(delegation), 'utf8');
  if (bytes > MAX_DELEGATION_BYTES) {
    throw new TooLargeError(
      `A registration may take at most ${MAX_DELEGATION_BYTES} bytes once stored; this one takes ${bytes}.`,
      {
        limit: MAX_DELEGATION_BYTES,
        received: bytes,
      },
    );
  }
  return delegation;
}

/** "0015/2026": the year's sequence, four digits at least, then the year. */
export const formatReceiptNumber = (sequence: number, year: string) =>
  `${String(sequence).padStart(4, '0')}/${year}`;

export function newDelegation(
  registration: Registration,
  id: string,
  now: Date,
  actor: Actor,
  receiptNumber?: string,
): Delegation {
  const timestamp = now.toISOString();
  return {
    ...registration,
    id,
    ...(receiptNumber ? { receiptNumber } : {}),
    status: 'registered',
    version: 1,
    revision: 1,
    createdAt: timestamp,
    updatedAt: timestamp,
    createdBy: actor,
    approvals: [],
  };
}
