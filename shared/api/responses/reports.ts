/** The summary and the visit list of a period, as JSON (or the files named here). */
import * as z from 'zod';
import { delegationStatuses } from '../../domain/status';
import { groupings } from '../../history/summary';

const summaryRow = z.object({
  group: z.string(),
  label: z.string(),
  delegations: z.number().int(),
  members: z.number().int(),
  meetings: z.number().int(),
  cleared: z.number().int(),
  awaitingPermits: z.number().int(),
  approvalRequired: z.number().int(),
  blocked: z.number().int(),
  awaitingDecision: z.number().int(),
  approved: z.number().int(),
  rejected: z.number().int(),
  cancelled: z.number().int(),
  completed: z.number().int(),
  reported: z.number().int(),
  overdueReports: z.number().int(),
});

export const summaryReport = z.object({
  title: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  groupBy: z.enum(groupings),
  rows: z.array(summaryRow),
  totals: summaryRow,
});

export const visitListReport = z.object({
  title: z.string(),
  from: z.iso.date(),
  to: z.iso.date(),
  items: z.array(
    z.object({
      id: z.string(),
      partnerNameVi: z.string().optional(),
      partnerName: z.string(),
      country: z.string(),
      countryName: z.string(),
      partnerType: z.string(),
      members: z.number().int(),
      head: z.object({ fullName: z.string(), title: z.string().optional() }).optional(),
      arrival: z.iso.date(),
      departure: z.iso.date(),
      purpose: z.string(),
      hostDivision: z.string(),
      status: z.enum(delegationStatuses),
      statusVi: z.string(),
      results: z.string().optional(),
      agreementsSigned: z.array(z.string()),
    }),
  ),
});

/** The file types the report routes answer with when the query asks for csv or xlsx. */
export const REPORT_FILES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
