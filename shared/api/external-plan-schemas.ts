/** The external-information plan of a year and its yearly report, as the API reads and writes them. */
import * as z from 'zod';
import { externalPlanSchema, organisedEventKinds, planYears } from '../domain/external-plan';
import { resourceId } from '../domain/resources';
import { oneLine } from '../domain/text-fields';
import { plausibleDate } from './request-schemas';

export const planYearParams = z.object({
  year: z.coerce.number().int().min(planYears.first).max(planYears.last),
});

/** GET and PUT /external-plan/{year}: what the Office saved (nothing yet: version 0). */
export const planViewSchema = externalPlanSchema.extend({
  year: z.number().int(),
  version: z.number().int().min(0),
});

const official = z.object({
  id: z.string(),
  honorific: z.enum(['Ông', 'Bà']).optional(),
  fullName: z.string(),
  title: z.string(),
});
const countRow = z.object({
  group: z.string(),
  label: z.string(),
  delegations: z.number().int(),
  members: z.number().int(),
});

/** GET /reports/external-information as JSON. */
export const externalInformationReportSchema = z.object({
  title: z.string(),
  year: z.number().int(),
  from: z.iso.date(),
  to: z.iso.date(),
  planDocument: z.string().optional(),
  leader: official.optional(),
  focalOfficial: official.optional(),
  visits: z.object({
    delegations: z.number().int(),
    members: z.number().int(),
    byPartnerType: z.array(countRow),
    byCountry: z.array(countRow),
    byActivity: z.array(z.object({ group: z.string(), label: z.string(), delegations: z.number().int() })),
  }),
  conferences: z.array(
    z.object({ title: z.string(), partner: z.string(), day: z.iso.date(), authority: z.string() }),
  ),
  agreements: z.array(z.object({ title: z.string(), partner: z.string(), day: z.iso.date() })),
  news: z.array(
    z.object({ title: z.string(), partner: z.string(), publishedOn: z.iso.date(), url: z.string() }),
  ),
  events: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(organisedEventKinds),
      kindName: z.string(),
      title: z.string(),
      from: z.iso.date(),
      to: z.iso.date().optional(),
      place: z.string(),
      partners: z.array(z.string()),
      participants: z.number().int().optional(),
      result: z.string().optional(),
    }),
  ),
  eventsByKind: z.array(
    z.object({ kind: z.enum(organisedEventKinds), label: z.string(), events: z.number().int() }),
  ),
  trainings: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      from: z.iso.date(),
      to: z.iso.date().optional(),
      organiser: z.string(),
      place: z.string().optional(),
      attendees: z.array(z.string()),
    }),
  ),
  budget: z.object({
    planEstimateVnd: z.number().int().optional(),
    spentVnd: z.number().int().optional(),
    receptionEstimateVnd: z.number().int(),
    receptionsWithoutFigure: z.number().int(),
  }),
});

/** GET /reports/external-information: the year, the format, and for the .docx its number, date, signer. */
export const externalInformationQuerySchema = z.object({
  year: z.coerce.number().int().min(planYears.first).max(planYears.last),
  format: z.enum(['json', 'docx', 'xlsx']).default('json'),
  number: oneLine(20).optional(),
  date: plausibleDate.optional(),
  signer: resourceId.optional(),
});
