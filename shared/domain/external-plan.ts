/**
 * The Department's yearly plan on external information, as the Office keeps it: who carries it
 * (one leader and one focal official, Mục II.3.a), the training its staff attended (II.3.b), the
 * events the Department itself organised (business matching, promotion and exhibitions,
 * technology demonstrations: II.2.a, d) and the budget (II.4). Visits, conferences, agreements
 * and news come from the visits' own records; this holds only what no visit records.
 */
import * as z from 'zod';
import { resourceId } from './resources';
import { multiLine, oneLine } from './text-fields';

/** The kinds of events the plan asks the Department to organise. */
export const organisedEventKinds = [
  'business_matching',
  'promotion_exhibition',
  'technology_demonstration',
  'conference_seminar',
  'other',
] as const;
export type OrganisedEventKind = (typeof organisedEventKinds)[number];

const date = z.iso.date();
const text = oneLine(300);
const vnd = z.number().int().min(0).max(1e13);

/** Each record has an id of the Office's choosing, so an edit of one row is not a new row. */
const recordId = resourceId;

export const trainingSchema = z.strictObject({
  id: recordId,
  title: text,
  from: date,
  to: date.optional(),
  organiser: text,
  place: text.optional(),
  /** Who from the Department attended, as they are named in the report. */
  attendees: z.array(oneLine(200)).min(1).max(50),
});
export type Training = z.output<typeof trainingSchema>;

export const organisedEventSchema = z.strictObject({
  id: recordId,
  kind: z.enum(organisedEventKinds),
  title: text,
  from: date,
  to: date.optional(),
  place: text,
  /** Foreign and overseas-Vietnamese partners taking part, as the report names them. */
  partners: z.array(oneLine(200)).max(50).default([]),
  participants: z.number().int().min(0).max(100_000).optional(),
  result: multiLine(2000).optional(),
});
export type OrganisedEvent = z.output<typeof organisedEventSchema>;

const uniqueIds = (records: readonly { id: string }[]) =>
  new Set(records.map((record) => record.id)).size === records.length;
const inOrder = (record: { from: string; to?: string }) => !record.to || record.to >= record.from;

/** What the Office saves for one plan year (PUT replaces it whole, under If-Match). */
export const externalPlanSchema = z.strictObject({
  /** The Department's plan document itself: "Kế hoạch số 15/KH-SKHCN ngày 20/01/2026". */
  planDocument: text.optional(),
  /** The leader in charge: an official of the Department's leadership, by directory id. */
  leaderId: resourceId.optional(),
  /** The focal official, by directory id. */
  focalOfficialId: resourceId.optional(),
  budget: z
    .strictObject({
      /** The plan's own estimate (Mục II.4). */
      estimateVnd: vnd.optional(),
      /** What was spent on the plan, from the accounts. */
      spentVnd: vnd.optional(),
    })
    .default({}),
  trainings: z
    .array(trainingSchema.refine(inOrder, { message: 'Ends before it starts', path: ['to'] }))
    .max(100)
    .refine(uniqueIds, 'Each training id may appear once')
    .default([]),
  events: z
    .array(organisedEventSchema.refine(inOrder, { message: 'Ends before it starts', path: ['to'] }))
    .max(200)
    .refine(uniqueIds, 'Each event id may appear once')
    .default([]),
});
export type ExternalPlan = z.output<typeof externalPlanSchema>;
export type ExternalPlanInput = z.input<typeof externalPlanSchema>;

/** The first and last year the Office may keep a plan for. */
export const planYears = { first: 2020, last: 2099 } as const;

export const emptyPlan = (): ExternalPlan => ({ budget: {}, trainings: [], events: [] });
