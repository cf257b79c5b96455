/**
 * How long members' personal data (passport numbers) is kept. Luật Bảo vệ dữ liệu cá nhân 2025
 * (Luật số 91/2025/QH15, in force from 01/01/2026, replacing Nghị định 13/2023/NĐ-CP on the matters
 * it governs) lets personal data be kept only as long as its purpose needs. A visit's guest list
 * serves the visit and its reports: the period runs from the day the visit closed (reported,
 * cancelled or rejected) and its length is the profile's `personalDataRetentionMonths`.
 * Names, nationality and counts stay for the history and reports.
 */
import type { LocalDate } from '../compliance/calendar';

import { localDateOf } from '../compliance/calendar';
import type { Delegation } from './delegation';

/**
 * The Hưng Yên profile's retention period, in months. No statute gives a figure: two years covers
 * the yearly report after the visit and an audit of it. A constant here (the profile takes it), so
 * GET /delegations/{id} shows the erasure date without building the whole profile at cold start.
 */
export const RETENTION_MONTHS = 24;

/** The day the visit closed for good, from which the retention period runs; undefined while it is open. */
export function closedOn(delegation: Delegation): LocalDate | undefined {
  switch (delegation.status) {
    case 'reported':
      return delegation.visitReport && localDateOf(delegation.visitReport.submittedAt);
    case 'cancelled':
      return delegation.cancellation && localDateOf(delegation.cancellation.cancelledAt);
    case 'rejected':
      return delegation.decision && localDateOf(delegation.decision.decidedAt);
    default:
      return undefined;
  }
}

/** `months` calendar months after `date`, on the month's last day when it is shorter (31/01 + 1 → 28/02). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const last = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** When the visit's personal data is due to be erased; undefined while the visit is open. */
export function erasureDueOn(delegation: Delegation, retentionMonths: number): LocalDate | undefined {
  const closed = closedOn(delegation);
  return closed && addMonths(closed, retentionMonths);
}

export const holdsPersonalData = (delegation: Delegation) =>
  delegation.members.some((member) => member.passportNumber !== undefined);

/** The delegation without its members' passport numbers, marked with when they were erased. */
export function withoutPersonalData(delegation: Delegation, now: Date): Delegation {
  return {
    ...delegation,
    members: delegation.members.map(({ passportNumber: _erased, ...member }) => member),
    personalDataErasedAt: now.toISOString(),
    version: delegation.version + 1,
    updatedAt: now.toISOString(),
  };
}
