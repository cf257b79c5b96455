import type { Delegation } from '../domain/delegation';
import { type ProtocolGrade, protocolGrades, type RuleParameters } from './profile';
import type { ReceptionRateSet } from './profile-schema';

/**
 * The reception grade follows the head of the delegation (the Appendix of Thông tư 35/2026/TT-BTC,
 * as of 71/2018 before it; the usual reading); without a recorded head, the highest grade of any
 * member. A head ranked "staff" is an official of department level or below (grade C) only when the
 * partner is an official body.
 */
export function protocolGradeOf(
  delegation: Pick<Delegation, 'members' | 'partner'>,
  params: Pick<RuleParameters, 'grades' | 'officialPartnerTypes'>,
): ProtocolGrade {
  const head = delegation.members.find((member) => member.role === 'head');
  const ranks = new Set((head ? [head] : delegation.members).map((member) => member.rank));
  const official = params.officialPartnerTypes.includes(delegation.partner.type);
  return (
    protocolGrades.find((grade) => {
      const definition = params.grades[grade];
      return [...(definition?.ranks ?? []), ...(official ? (definition?.ranksForOfficials ?? []) : [])].some(
        (rank) => ranks.has(rank),
      );
    }) ?? 'other'
  );
}

/** How the circular names each grade. */
export const gradeNames: Record<ProtocolGrade, string> = {
  special: 'khách đặc biệt',
  A: 'khách hạng A',
  B: 'khách hạng B',
  C: 'khách hạng C',
  decided_by_chairman: 'hạng khách do Chủ tịch Ủy ban nhân dân tỉnh quyết định',
  other: 'khách mời quốc tế khác',
};

/** "Đoàn thuộc diện khách hạng C", or whose grade the Chairman decides. */
export const gradeSentence = (grade: ProtocolGrade): string =>
  grade === 'decided_by_chairman'
    ? 'Hạng khách của đoàn do Chủ tịch Ủy ban nhân dân tỉnh quyết định'
    : `Đoàn thuộc diện ${gradeNames[grade]}`;

/**
 * The rates a visit follows: those of the circular in force when it ends. A plan approved and
 * carried out before Thông tư 35/2026/TT-BTC took effect keeps the old rates (its Điều 35.4).
 */
export function rateSetFor(rateSets: readonly ReceptionRateSet[], lastDay: string): ReceptionRateSet {
  const inForce = rateSets.find((set) => set.from <= lastDay && (set.to === undefined || lastDay <= set.to));
  return inForce ?? (rateSets.at(-1) as ReceptionRateSet);
}
