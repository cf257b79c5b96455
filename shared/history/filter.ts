import * as z from 'zod';
import { foldText } from '../compliance/text';
import { type Delegation, partnerTypes } from '../domain/delegation';
import { delegationStatuses } from '../domain/status';
import { statusNameOf } from '../domain/status-names';
import { namesMatch } from './search-terms';

export const MAX_PAGE_SIZE = 100;

export const historyQuerySchema = z
  .object({
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'Use an ISO 3166-1 alpha-2 code, e.g. JP')
      .optional(),
    partnerType: z.enum(partnerTypes).optional(),
    status: z.enum(delegationStatuses).optional(),
    topic: z.string().trim().min(1).max(200).optional(),
    q: z.string().trim().min(2).max(200).optional(),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    cursor: z.string().max(4096).optional(),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, {
    message: '`from` must not be after `to`',
    path: ['to'],
  });

export type HistoryQuery = z.output<typeof historyQuerySchema>;

/** The arrival bounds as UTC instants of the local days (Asia/Ho_Chi_Minh). */
export const arrivalBounds = (query: Pick<HistoryQuery, 'from' | 'to'>) => ({
  from: query.from ? new Date(`${query.from}T00:00:00+07:00`).toISOString() : '0000',
  to: query.to ? `${new Date(`${query.to}T23:59:59.999+07:00`).toISOString()}\uffff` : '9999',
});

/** Every filter, checked on the delegation itself: the index only narrows where to look. */
export function matchesQuery(delegation: Delegation, query: HistoryQuery): boolean {
  const bounds = arrivalBounds(query);
  const arrival = new Date(delegation.visit.arrival).toISOString();
  return (
    (!query.country || delegation.partner.country === query.country) &&
    (!query.partnerType || delegation.partner.type === query.partnerType) &&
    (!query.status || delegation.status === query.status) &&
    (!query.topic || delegation.topics.some((topic) => foldText(topic) === foldText(query.topic ?? ''))) &&
    (!query.q || namesMatch(delegation, query.q)) &&
    arrival >= bounds.from &&
    arrival <= bounds.to
  );
}

/** What a history list shows of each visit: no personal data beyond the organisation. */
export const historyItem = (delegation: Delegation) => ({
  id: delegation.id,
  receiptNumber: delegation.receiptNumber,
  partner: delegation.partner,
  purpose: delegation.purpose,
  topics: delegation.topics,
  visit: delegation.visit,
  status: delegation.status,
  /** The status as a person reads it: "Chờ văn bản cho phép" for a cleared visit still missing a permit. */
  statusVi: statusNameOf(delegation),
  members: delegation.members.length,
  head: delegation.members.find((member) => member.role === 'head')?.fullName,
  hostDivision: delegation.hostDivision,
});
