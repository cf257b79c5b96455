import type { Delegation } from '../domain/delegation';
import { type ProtocolGrade, protocolGrades, type RuleParameters } from './profile';

/** The reception grade for budgeting: the highest grade of any member (Special > A > B > C). */
export function protocolGradeOf(delegation: Delegation, params: RuleParameters): ProtocolGrade {
  const ranks = new Set(delegation.members.map((member) => member.rank));
  return protocolGrades.find((grade) => params.grades[grade]?.ranks.some((rank) => ranks.has(rank))) ?? 'C';
}
