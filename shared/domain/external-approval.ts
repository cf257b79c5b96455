import * as z from 'zod';
import { daysBetween } from './local-date';
import { multiLine, oneLine } from './text-fields';

/**
 * Permissions and permits that belong to authorities outside the Department. The Office records
 * each one when the document arrives; the compliance check then treats the matching finding as
 * satisfied. The Department's leadership never gives any of them.
 */
export const approvalKinds = [
  /** Quyết định 06/2020/QĐ-TTg: the Prime Minister or the Provincial Chairman permits a conference. */
  'conference-permission',
  /** Quyết định 160/2004/QĐ-TTg: entry to a restricted area or military zone. */
  'restricted-area-permit',
  /** Nghị định 88/2012/NĐ-CP, Điều 4: the Ministry of Foreign Affairs' press permit. */
  'press-permit',
  /** Luật Tín ngưỡng, tôn giáo 2016, Điều 48: acceptance of a religious activity. */
  'religious-acceptance',
  /** The Provincial Chairman's agreement to the content of a visit on sensitive topics. */
  'content-approval',
  /** Luật Bảo vệ bí mật nhà nước: the competent person's agreement to share state secrets. */
  'secrets-approval',
  /** Luật Thỏa thuận quốc tế 2020: the Provincial Chairman permits the Department to sign an agreement. */
  'agreement-permission',
  /** Nghị định 80/2020/NĐ-CP: the approval to accept non-refundable aid or a gift of value. */
  'aid-approval',
] as const;
export type ApprovalKind = (typeof approvalKinds)[number];

export const approvalAuthorities = [
  'prime-minister',
  'provincial-committee',
  'police',
  'military',
  'mofa',
  'religious-affairs',
  'central-religious-affairs',
  'competent-person',
] as const;
export type ApprovalAuthority = (typeof approvalAuthorities)[number];

const date = z.iso.date();

/** What the Office types in from the document it received. */
export const externalApprovalInputSchema = z
  .strictObject({
    kind: z.enum(approvalKinds),
    authority: z.enum(approvalAuthorities),
    /**
     * What the document covers when the visit has several of its kind (a conference's title, a
     * place); without it the record covers every item of its kind.
     */
    subject: oneLine(200).optional(),
    documentNumber: oneLine(100),
    documentDate: date,
    issuingBody: oneLine(200),
    validUntil: date.optional(),
    note: multiLine(1000).optional(),
  })
  .refine((input) => !input.validUntil || input.validUntil >= input.documentDate, {
    message: 'A document is valid until a day on or after its date',
    path: ['validUntil'],
  });
export type ExternalApprovalInput = z.output<typeof externalApprovalInputSchema>;

export const externalApprovalSchema = z.object({
  kind: z.enum(approvalKinds),
  authority: z.enum(approvalAuthorities),
  subject: z.string().optional(),
  documentNumber: z.string(),
  documentDate: date,
  issuingBody: z.string(),
  validUntil: date.optional(),
  note: z.string().optional(),
  id: z.string().min(1),
  recordedBy: z.object({ sub: z.string(), username: z.string().optional(), roles: z.array(z.string()) }),
  recordedAt: z.iso.datetime({ offset: true }),
});
export type ExternalApproval = z.infer<typeof externalApprovalSchema>;

/** At most this many records per visit: a real one has a handful. */
export const MAX_APPROVALS = 50;

/** How far from today an outside document's dates may lie before they read as a typing slip. */
export interface DocumentDateLimits {
  /** A document dated earlier than this many days before today is refused. */
  maxAgeDays: number;
  /** A validity longer than this many days from the document's date is refused. */
  maxValidityDays: number;
}

/**
 * The dates a clerk could not have read off a real document: one after today (Vietnam's day), one
 * from long ago, or a validity of decades — 31/12/2099 would clear a restricted area for good.
 */
export function implausibleDates(
  input: Pick<ExternalApprovalInput, 'documentDate' | 'validUntil'>,
  today: string,
  limits: DocumentDateLimits,
): { path: string[]; message: string }[] {
  const issues: { path: string[]; message: string }[] = [];
  if (input.documentDate > today)
    issues.push({ path: ['documentDate'], message: `A document cannot be dated after today (${today})` });
  else if (daysBetween(input.documentDate, today) > limits.maxAgeDays)
    issues.push({
      path: ['documentDate'],
      message: `A document dated more than ${limits.maxAgeDays} days before today cannot cover a visit now`,
    });
  if (input.validUntil && daysBetween(input.documentDate, input.validUntil) > limits.maxValidityDays)
    issues.push({
      path: ['validUntil'],
      message: `A document is valid for at most ${limits.maxValidityDays} days from its date`,
    });
  return issues;
}
