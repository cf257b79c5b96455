/** The news item of a visit as the API reads and changes it (GET and POST /delegations/{id}/news). */
import * as z from 'zod';
import { actorSchema } from '../domain/actor';
import { newsContentSchema, newsPhotosSchema, newsStatuses } from '../domain/news-item';
import { newsLimits } from '../domain/news-limits';
import { multiLine } from '../domain/text-fields';
import { newsCommands } from '../news/news-workflow';

const step = z.object({ by: actorSchema, at: z.string() });

export const newsViewSchema = z.object({
  delegationId: z.string(),
  /** The partner, as the visit's news names it: for a screen that shows the news alone. */
  partner: z.string(),
  // Absent while the visit has no news item and nobody saved one (`unavailable` says why).
  vi: newsContentSchema.shape.vi.optional(),
  en: newsContentSchema.shape.en.optional(),
  status: z.enum(['none', ...newsStatuses]).meta({
    description:
      '"none" while nobody saved the draft the records give (the first step saves it, If-Match "0")',
  }),
  version: z.number().int().min(0),
  edited: step.optional(),
  submitted: step.optional(),
  decided: step.extend({ note: z.string().optional() }).optional(),
  published: step.extend({ url: z.string() }).optional(),
  unavailable: z.enum(['sensitive', 'visit-not-over', 'report-not-filed']).optional().meta({
    description: 'Why the visit has no news item (yet): a sensitive topic, or not over or reported yet',
  }),
  photos: z
    .array(
      z.object({
        attachmentId: z.string(),
        caption: z.string(),
        fileName: z.string(),
        download: z.object({ url: z.string(), expiresAt: z.string() }),
      }),
    )
    .meta({
      description:
        'The dossier photos chosen for the portal, each with a download link valid for minutes; a photo since deleted from the dossier is left out',
    }),
  commands: z.array(z.enum(newsCommands)).meta({ description: 'The steps the caller may take now' }),
});

const note = multiLine(newsLimits.note);

export const newsCommandSchema = z.discriminatedUnion('command', [
  z.strictObject({
    command: z.literal('edit'),
    content: newsContentSchema,
    /** The dossier's photos to publish with it; left out, those chosen before stay. */
    photos: newsPhotosSchema.optional(),
  }),
  z.strictObject({ command: z.literal('submit') }),
  z.strictObject({ command: z.literal('approve'), note: note.optional() }),
  z.strictObject({ command: z.literal('return'), note }),
  z.strictObject({ command: z.literal('publish'), url: z.url({ protocol: /^https?$/ }).max(2000) }),
]);

/** GET /news: the year's news items leadership approved, and those published. */
export const newsListQuerySchema = z.object({
  year: z.coerce.number().int().min(2020).max(2099),
});

export const newsListSchema = z.object({
  year: z.number().int(),
  from: z.iso.date(),
  to: z.iso.date(),
  items: z.array(
    z.object({
      delegationId: z.string(),
      partner: z.string(),
      arrival: z.iso.date(),
      status: z.enum(['approved', 'published']),
      title: z.string(),
      approvedAt: z.string().optional(),
      published: z.object({ url: z.string(), at: z.string() }).optional(),
    }),
  ),
});
