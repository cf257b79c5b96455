/**
 * Request schemas that belong to one route each. The handlers validate with them and the OpenAPI
 * document is generated from them, so the two cannot disagree.
 */
import * as z from 'zod';
import { daysBetween } from '../compliance/calendar';
import { visitDocumentKinds } from '../documents/kind-names';
import { resourceId } from '../domain/resources';
import { multiLine, oneLine } from '../domain/text-fields';
import { groupings } from '../history/summary';

export const decisionBodySchema = z.strictObject({
  decision: z.enum(['approve', 'reject']),
  note: multiLine(2000).optional(),
});

export const cancelBodySchema = z.strictObject({ reason: multiLine(2000) });

/** The reference of leadership's written approval (Luật Bảo vệ bí mật nhà nước 2018, Điều 18). */
export const secrecyApprovalBodySchema = z.strictObject({ reference: oneLine(200) });

export const timelineQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2048).optional(),
});

/** GET /delegations/{id}/attachments: one page of the dossier. */
export const dossierQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(100),
  cursor: z.string().max(2048).optional(),
});

export const availabilityQuerySchema = z
  .object({
    date: z.iso.date(),
    roomId: resourceId.optional(),
    officialIds: z
      .string()
      .max(1000)
      .transform((ids) => ids.split(',').filter(Boolean))
      .pipe(z.array(resourceId).max(30))
      .optional(),
  })
  .refine((q) => q.roomId || q.officialIds?.length, 'Name a roomId, officialIds or both');

/** A day a report, a draft or the calendar can be about: year 0001 or 9999 is a typing slip. */
export const plausibleDate = z.iso
  .date()
  .refine((date) => date >= '2000-01-01' && date <= '2099-12-31', 'A date from 2000-01-01 to 2099-12-31');

/** The calendar's range: a month view with the days around it, six weeks at most. */
export const MAX_SCHEDULE_DAYS = 42;
export const scheduleQuerySchema = z
  .object({ from: plausibleDate, to: plausibleDate })
  .superRefine((q, ctx) => {
    if (q.from > q.to)
      ctx.addIssue({ code: 'custom', message: '`from` must not be after `to`', path: ['to'] });
    else if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 + 1 > MAX_SCHEDULE_DAYS)
      ctx.addIssue({
        code: 'custom',
        message: `Ask for ${MAX_SCHEDULE_DAYS} days at most`,
        path: ['to'],
      });
  });

const reportRange = z.object({
  from: plausibleDate,
  to: plausibleDate,
  format: z.enum(['json', 'csv', 'xlsx']).default('json'),
});
/** A period that runs forwards and covers at most five years. */
function checkRange(q: { from: string; to: string }, ctx: z.RefinementCtx) {
  if (q.from > q.to) ctx.addIssue({ code: 'custom', message: '`from` must not be after `to`', path: ['to'] });
  else if (daysBetween(q.from, q.to) > 5 * 366)
    ctx.addIssue({ code: 'custom', message: 'A report covers at most five years', path: ['to'] });
}

export const reportQuerySchema = reportRange
  .extend({ groupBy: z.enum(groupings).default('month') })
  .superRefine(checkRange);
/** GET /reports/visits: the visits of a period. */
export const visitsQuerySchema = reportRange.superRefine(checkRange);

/** How a draft is numbered, dated and signed; all optional, so the clerk can complete the draft instead. */
const draftQuery = z.object({
  /** The number from the clerk's register, e.g. "125". */
  number: oneLine(20).optional(),
  date: plausibleDate.optional(),
  /** An official's id (GET /officials): the draft names them as the signer. */
  signer: resourceId.optional(),
});
/** GET /delegations/{id}/documents/{kind}. */
export const visitDocumentQuerySchema = draftQuery;
export const visitDocumentParams = z.object({
  id: z.string().min(1).max(64),
  kind: z.enum(visitDocumentKinds),
});
/** GET /reports/documents/periodic: a period as the reports take it, plus the draft's number, date, signer. */
export const periodicDocumentQuerySchema = reportRange
  .omit({ format: true })
  .extend(draftQuery.shape)
  .superRefine(checkRange);

/** DELETE /delegations/{id}/attachments/{attachmentId}: why, for the audit entry. */
export const attachmentDeletionSchema = z.strictObject({ reason: multiLine(1000) });
