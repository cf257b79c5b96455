import type { Delegation } from '../domain/delegation';
import { type ProtocolGrade, protocolGrades, type RuleParameters } from './profile';

/**
 * The reception grade for budgeting follows the head of the delegation (the usual reading of
 * Thông tư 71/2018/TT-BTC); without a recorded head, the highest grade of any member.
 */
export function protocolGradeOf(delegation: Delegation, params: RuleParameters): ProtocolGrade {
  const head = delegation.members.find((member) => member.role === 'head');
  const ranks = new Set((head ? [head] : delegation.members).map((member) => member.rank));
  return (
    protocolGrades.find((grade) => params.grades[grade]?.ranks.some((rank) => ranks.has(rank))) ?? 'other'
  );
}

/** How Thông tư 71/2018/TT-BTC names each grade. */
export const gradeNames: Record<ProtocolGrade, string> = {
  special: 'khách đặc biệt',
  A: 'đoàn là khách hạng A',
  B: 'đoàn là khách hạng B',
  C: 'đoàn là khách hạng C',
  other: 'khách mời quốc tế khác',
};
