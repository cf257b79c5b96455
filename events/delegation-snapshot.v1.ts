/**
 * The delegation as the v1 events carry it (Registered, Updated, ApprovalRecorded,
 * RecheckRequested): a frozen copy of the stored record's shape when v1 was published, written
 * out here instead of borrowing the live domain schema, so a change to the domain never extends
 * a published contract by accident. No longer produced: the overseas-Vietnamese partner types and
 * the plan's activity kinds did not fit it, so v2 (delegation-snapshot.v2.ts) replaced it; kept so
 * archived events and their replays still parse.
 */
import * as z from 'zod';

const text = z.string().min(1).max(200);
const longText = z.string().min(1).max(4000);
const country = z.string().regex(/^[A-Z]{2}$/);
const date = z.iso.date();
const dateTime = z.iso.datetime({ offset: true });
const count = (max: number) => z.number().int().min(0).max(max);
const actor = z.object({
  sub: z.string().min(1),
  username: z.string().optional(),
  name: z.string().optional(),
  roles: z.array(z.string()),
});

export const partnerV1 = z.object({
  name: text,
  nameVi: text.optional(),
  country,
  type: z.enum([
    'diplomatic_mission',
    'foreign_government',
    'international_organisation',
    'foreign_ngo',
    'foreign_business',
    'academic_institution',
    'press',
    'religious_organisation',
    'other',
  ]),
  ngoRegistration: z
    .object({
      certificateNumber: text,
      issuedOn: date.optional(),
      receivedOn: date.optional(),
      expiresOn: date,
      provinces: z.array(text).min(1).max(70),
      fields: z.array(text).min(1).max(50),
    })
    .optional(),
});

const member = z.object({
  fullName: text,
  nationality: country.optional(),
  passportNumber: z
    .string()
    .regex(/^[A-Z0-9]{5,20}$/i)
    .optional(),
  title: text.optional(),
  titleVi: text.optional(),
  rank: z
    .enum([
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
      'un_secretary_general',
      'heir_to_throne',
      'head_of_major_international_organisation',
      'deputy_head_of_intergovernmental_organisation',
      'royal_family_member',
      'head_of_asean_body',
    ])
    .default('other'),
  role: z.enum(['head', 'member', 'journalist', 'interpreter', 'security', 'other']).default('member'),
  pressPermitNumber: text.optional(),
  sex: z.enum(['male', 'female']).optional(),
  dateOfBirth: date.optional(),
  passportExpiresOn: date.optional(),
  entry: z
    .object({
      document: z.enum(['visa', 'e_visa', 'visa_exemption', 'temporary_residence_card']),
      number: text.optional(),
      validUntil: date.optional(),
      port: text.optional(),
      enteredOn: date.optional(),
    })
    .optional(),
});

export const activityV1 = z.object({
  type: z.enum([
    'conference',
    'press_conference',
    'religious_activity',
    'reception_by_provincial_leaders',
    'agreement_signing',
    'aid_offer',
  ]),
  title: text.optional(),
  startsAt: dateTime.optional(),
  endsAt: dateTime.optional(),
  online: z.boolean().optional(),
  acrossProvinces: z.boolean().optional(),
  venue: text.optional(),
  organisers: z.array(text).max(10).optional(),
  participants: z.object({ vietnamese: count(100_000), foreign: count(100_000) }).optional(),
  agenda: longText.optional(),
  funding: z.object({ source: text, amountVnd: count(1e13).optional() }).optional(),
  mediaCoverage: z.boolean().optional(),
  valueVnd: count(1e13).optional(),
});

const hospitality = z.object({
  costSharing: z.enum(['department_pays', 'guests_pay_meals_rooms', 'guests_pay_all']),
  banquet: z.boolean().default(false),
  interpreting: z
    .object({
      mode: z.enum(['consecutive', 'simultaneous']),
      hours: z.number().int().min(1).max(500),
      interpreters: z.number().int().min(1).max(20).default(1),
    })
    .optional(),
  translation: z
    .object({
      pagesIntoVietnamese: count(10_000).default(0),
      pagesFromVietnamese: count(10_000).default(0),
    })
    .optional(),
  specialGifts: z.object({ recipients: z.number().int().min(1).max(200), reason: longText }).optional(),
});

const permit = z.object({
  kind: z.enum([
    'conference-permission',
    'restricted-area-permit',
    'press-permit',
    'religious-acceptance',
    'content-approval',
    'secrets-approval',
    'agreement-permission',
    'aid-approval',
  ]),
  authority: z.enum([
    'prime-minister',
    'provincial-committee',
    'police',
    'military',
    'mofa',
    'religious-affairs',
    'central-religious-affairs',
    'competent-person',
  ]),
  subject: z.string().optional(),
  documentNumber: z.string(),
  documentDate: date,
  issuingBody: z.string(),
  validUntil: date.optional(),
  note: z.string().optional(),
  id: z.string().min(1),
  recordedBy: z.object({ sub: z.string(), username: z.string().optional(), roles: z.array(z.string()) }),
  recordedAt: dateTime,
});

export const complianceV1 = z.object({
  reportVersion: z.number().int(),
  outcome: z.string(),
  checkedAt: dateTime,
  openPermissions: z.number().int().min(0).optional(),
  calendarVersions: z.record(z.string(), z.number().int().min(0)).optional(),
});

export const delegationSnapshotV1 = z.object({
  partner: partnerV1,
  members: z.array(member).min(1).max(200),
  purpose: longText,
  topics: z.array(text).max(20).default([]),
  visit: z.object({ arrival: dateTime, departure: dateTime }),
  itinerary: z
    .array(
      z.object({
        name: text,
        address: text.optional(),
        restrictedArea: z.boolean().default(false),
        managedBy: z.enum(['police', 'military']).optional(),
        overnightStay: z.boolean().default(false),
      }),
    )
    .max(50)
    .default([]),
  activities: z.array(activityV1).max(50).default([]),
  protocolLevel: z
    .enum(['state_visit', 'official_visit', 'working_visit', 'private_visit'])
    .default('working_visit'),
  channel: z.enum(['party', 'state', 'people']).default('state'),
  hostDivision: text,
  giftsPlanned: z.boolean().default(false),
  vietnameseSidePays: z.boolean().default(false),
  hospitality: hospitality.optional(),
  contact: z.object({
    name: text,
    email: z.email().max(254),
    phone: z
      .string()
      .regex(/^\+?[0-9 ().-]{6,30}$/)
      .optional(),
  }),
  sourceLetter: z.object({ number: text, date, receivedOn: date.optional() }).optional(),
  id: z.string().min(1),
  status: z.enum([
    'registered',
    'under_review',
    'cleared',
    'approval_required',
    'blocked',
    'approved',
    'rejected',
    'scheduled',
    'in_progress',
    'completed',
    'reported',
    'cancelled',
  ]),
  version: z.number().int().positive(),
  revision: z.number().int().positive().default(1),
  createdAt: dateTime,
  updatedAt: dateTime,
  createdBy: actor,
  receiptNumber: z
    .string()
    .regex(/^\d{4,}\/\d{4}$/)
    .optional(),
  compliance: complianceV1.optional(),
  decision: z
    .object({
      decision: z.enum(['approve', 'reject']),
      note: z.string().optional(),
      decidedBy: actor,
      decidedAt: dateTime,
    })
    .optional(),
  cancellation: z.object({ reason: z.string(), cancelledBy: actor, cancelledAt: dateTime }).optional(),
  approvals: z.array(permit).max(50).default([]),
  visitReport: z
    .object({
      summary: longText,
      outcomes: z.array(text).max(50).default([]),
      agreementsSigned: z.array(text).max(50).default([]),
      followUpActions: z
        .array(z.object({ action: text, owner: text, dueDate: date.optional() }))
        .max(50)
        .default([]),
      submittedBy: actor,
      submittedAt: dateTime,
    })
    .optional(),
  personalDataErasedAt: dateTime.optional(),
  tasksDone: z
    .array(
      z.object({
        key: z.string().min(1).max(200),
        title: z.string(),
        note: z.string().optional(),
        attachmentId: z.string().optional(),
        approvalId: z.string().optional(),
        doneBy: actor,
        doneAt: dateTime,
      }),
    )
    .max(200)
    .optional(),
});
export type DelegationSnapshotV1 = z.output<typeof delegationSnapshotV1>;
