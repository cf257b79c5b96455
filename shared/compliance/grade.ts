import type { Delegation } from '../domain/delegation';
import { type ProtocolGrade, protocolGrades, type RuleParameters } from './profile';

/**
 * The reception grade for budgeting follows the head of the delegation (the usual reading of
 * Thông tư 71/2018/TT-BTC); without a recorded head, the highest grade of any member.
 */
export function protocolGradeOf(delegation: Delegation, params: RuleParameters): ProtocolGrade {
  const head = delegation.members.find((member) => member.role === 'head');
  const ranks = new Set((head ? [head] : delegation.members).map((member) => member.rank));
  return protocolGrades.find((grade) => params.grades[grade]?.ranks.some((rank) => ranks.has(rank))) ?? 'C';
}
