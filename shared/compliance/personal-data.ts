/**
 * How long members' personal data (passport numbers) is kept. Luật Bảo vệ dữ liệu cá nhân 2025
 * (Luật số 91/2025/QH15, in force from 01/01/2026, replacing Nghị định 13/2023/NĐ-CP on the matters
 * it governs) lets personal data be kept only as long as its purpose needs. A visit's guest list
 * serves the visit and its reports: the period runs from the day the visit closed (reported,
 * cancelled or rejected) and its length is the Department's own policy, a stage setting
 * (`personalDataRetentionMonths`), not a legal figure.
 * Names, nationality and counts stay for the history and reports.
 */

import type { Delegation } from '../domain/delegation';
import { closed, is } from '../domain/lifecycle';
import type { LocalDate } from './calendar';
import { localDateOf } from './calendar';

/**
 * The Department's retention period, in months (PERSONAL_DATA_RETENTION_MONTHS, from the stage's
 * `personalDataRetentionMonths`). No statute gives a figure: 24 months, the Department's policy,
 * covers the yearly report after the visit and an audit of it.
 */
export function retentionMonths(env: NodeJS.ProcessEnv = process.env): number {
  const months = Number(env.PERSONAL_DATA_RETENTION_MONTHS);
  return Number.isInteger(months) && months > 0 ? months : 24;
}

/** How a person reads the policy wherever it is shown. */
export const retentionPolicyName = (months: number) =>
  `thời hạn lưu giữ dữ liệu cá nhân theo quy định của Sở (${months} tháng)`;

/** The day the visit closed for good, from which the retention period runs; undefined while it is open. */
export function closedOn(delegation: Delegation): LocalDate | undefined {
  if (!is(closed, delegation.status)) return undefined;
  // What closed it: the report filed, the cancellation, or leadership's refusal.
  const at =
    delegation.visitReport?.submittedAt ??
    delegation.cancellation?.cancelledAt ??
    (delegation.decision?.decision === 'reject' ? delegation.decision.decidedAt : undefined);
  return at && localDateOf(at);
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

/** The member details the retention period covers: what identifies a person beyond name and nationality. */
export const personalFields = ['passportNumber', 'passportExpiresOn', 'dateOfBirth', 'sex', 'entry'] as const;

export const holdsPersonalData = (delegation: Delegation) =>
  delegation.members.some((member) => personalFields.some((field) => member[field] !== undefined));

/** How many of each personal detail the delegation holds: what an erasure erases. */
export const personalDataCounts = (delegation: Delegation) => ({
  passportNumbers: delegation.members.filter((member) => member.passportNumber).length,
  datesOfBirth: delegation.members.filter((member) => member.dateOfBirth).length,
  entryDetails: delegation.members.filter((member) => member.entry || member.passportExpiresOn).length,
});

/** The delegation without its members' personal details, marked with when they were erased. */
export function withoutPersonalData(delegation: Delegation, now: Date): Delegation {
  return {
    ...delegation,
    members: delegation.members.map(
      ({ passportNumber: _p, passportExpiresOn: _e, dateOfBirth: _d, sex: _s, entry: _n, ...member }) =>
        member,
    ),
    personalDataErasedAt: now.toISOString(),
    version: delegation.version + 1,
    updatedAt: now.toISOString(),
  };
}
