/**
 * The news item about a visit for the Department's portal, as it goes from the Office's draft to
 * leadership's approval and the Information Centre's publication (the yearly plan on external
 * information, Mục III.3). It is kept on the visit's record, so each step is one conditional write
 * of the visit with its event, under the visit's If-Match.
 */
import * as z from 'zod';
import { actorSchema } from './actor';
import { newsLimits } from './news-limits';
import { multiLine, oneLine } from './text-fields';

export const newsStatuses = ['draft', 'submitted', 'approved', 'returned', 'published'] as const;
export type NewsStatus = (typeof newsStatuses)[number];

export const newsTextSchema = z.strictObject({
  title: oneLine(newsLimits.title),
  lead: multiLine(newsLimits.lead),
  body: z.array(multiLine(newsLimits.paragraph)).max(newsLimits.paragraphs),
});
export type NewsTextInput = z.output<typeof newsTextSchema>;

/** What the Office edits: the text in both languages. */
export const newsContentSchema = z.strictObject({
  vi: newsTextSchema,
  en: newsTextSchema.extend({
    /** Drafted from the names on record or typed by someone who may not be a translator: review before publishing. */
    needsReview: z.boolean(),
  }),
});
export type NewsContent = z.output<typeof newsContentSchema>;

/** A photo of the dossier the Office chose for the portal, with the caption it goes under. */
export const newsPhotoSchema = z.strictObject({
  attachmentId: z.string().min(1).max(64),
  caption: oneLine(newsLimits.caption),
});
export type NewsPhoto = z.output<typeof newsPhotoSchema>;
export const newsPhotosSchema = z
  .array(newsPhotoSchema)
  .max(newsLimits.photos)
  .refine((photos) => new Set(photos.map((photo) => photo.attachmentId)).size === photos.length, {
    message: 'Each photo may be chosen once',
  });

const step = z.strictObject({ by: actorSchema, at: z.iso.datetime({ offset: true }) });

export const newsItemSchema = newsContentSchema.extend({
  status: z.enum(newsStatuses),
  /** Raised by every step: the news item's ETag, apart from the registration's revision. */
  version: z.number().int().positive(),
  /** The photos to publish with it (items saved before photos existed have none). */
  photos: newsPhotosSchema.default([]),
  edited: step,
  submitted: step.optional(),
  /** Leadership's approval, or its return with what to change. */
  decided: step.extend({ note: multiLine(newsLimits.note).optional() }).optional(),
  published: step.extend({ url: z.url({ protocol: /^https?$/ }).max(2000) }).optional(),
});
export type NewsItem = z.output<typeof newsItemSchema>;
